/**
 * Langium's Node file system, reading only regular files within the policy size limit: the
 * language server indexes every *.aspl of the workspace and loads imports through it, and a
 * FIFO would block it forever, a device (or a huge file) exhaust its memory.
 */
import type { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { readRegularFile } from '../io/read.js';
import { MAX_POLICY_BYTES } from './lexer.js';

export class BoundedFileSystemProvider extends NodeFileSystemProvider {
    override readBinary(uri: URI): Promise<Uint8Array> {
        return Promise.resolve().then(() => readRegularFile(uri.fsPath, MAX_POLICY_BYTES));
    }

    override readBinarySync(uri: URI): Uint8Array {
        return readRegularFile(uri.fsPath, MAX_POLICY_BYTES);
    }

    override readFile(uri: URI): Promise<string> {
        return this.readBinary(uri).then((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8'));
    }

    override readFileSync(uri: URI): string {
        return readRegularFile(uri.fsPath, MAX_POLICY_BYTES).toString('utf8');
    }
}

/** Drop-in for langium/node's NodeFileSystem. */
export const BoundedFileSystem = { fileSystemProvider: () => new BoundedFileSystemProvider() };
