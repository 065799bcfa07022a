// Known answers for the start-up self-test (security brief R3). Sources:
// Ed25519: RFC 8032 §7.1 TEST 1. X25519: RFC 7748 §6.1. XChaCha20-Poly1305:
// draft-irtf-cfrg-xchacha-03 §A.3.1. BLAKE2b-512("abc"): RFC 7693 Appendix A.
// SHA-256("abc"): FIPS 180-2 Appendix B.1. Argon2id: computed with libsodium and checked in
// test/main/vault/selfTest.test.ts against @noble/hashes, an independent implementation.
export const SELF_TEST_VECTORS = {
  argon2id: {
    passphrase: 'aigaq self-test passphrase',
    salt: '000102030405060708090a0b0c0d0e0f',
    opsLimit: 3,
    memLimitBytes: 64 * 1024,
    key: 'ba8d7934c54e070111896ed435741072b00a2e1f08ac38e190258f681cc0903d',
  },
  xchacha20poly1305: {
    key: '808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f',
    nonce: '404142434445464748494a4b4c4d4e4f5051525354555657',
    ad: '50515253c0c1c2c3c4c5c6c7',
    plaintext: "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.",
    sealed:
      'bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff921f9664c97637da9768812f615c68b13b52e' +
      'c0875924c1c7987947deafd8780acf49',
  },
  ed25519: {
    seed: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
    publicKey: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    signatureOfEmpty:
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
  },
  x25519: {
    alicePrivate: '77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a',
    bobPublic: 'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f',
    shared: '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742',
  },
  blake2b512Abc:
    'ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923',
  sha256Abc: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
} as const;
