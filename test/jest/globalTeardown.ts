import { removeRunTempRoot } from '../helpers/runTempRoot';

export default function globalTeardown(): void {
  removeRunTempRoot();
}
