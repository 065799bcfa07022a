import { createRunTempRoot } from '../helpers/runTempRoot';

export default function globalSetup(): void {
  createRunTempRoot('aigaq-jest-');
}
