// Jest maps `electron` here. Only main/app/ and the preload may import it, and neither is loaded by
// a unit test; a stray import anywhere else fails loudly instead of mysteriously.
throw new Error('electron was imported from a unit-tested module: depend on a port, and keep electron in main/app/');
