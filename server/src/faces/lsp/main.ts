// Entry of extension/dist/server.cjs: `node server.cjs --stdio` (or --node-ipc).
import { startServer } from './server.js';

startServer();
