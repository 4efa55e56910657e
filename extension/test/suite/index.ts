/** Entry of the @vscode/test-electron suite: VS Code calls run() inside the extension host. */
import { runAll } from './harness.js';
import './extension.test.js';

export async function run(): Promise<void> {
    const failures = await runAll();
    if (failures) throw new Error(`${failures} extension-host test(s) failed`);
}
