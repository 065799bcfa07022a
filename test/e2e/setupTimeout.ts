// End-to-end scenarios start Chromium and run Argon2id several times: minutes, not seconds.
jest.setTimeout(180_000);
