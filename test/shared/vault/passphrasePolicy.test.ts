import { assessPassphrase } from '../../../shared/vault/passphrasePolicy';

describe('passphrase policy', () => {
  it.each([
    ['', 'empty'],
    ['short words', 'tooShort'],
    ['password123456', 'tooGuessable'],
    ['zheltoksan2022!', 'tooGuessable'],
    ['qwertyuiopasdf', 'tooGuessable'],
  ])('refuses %j with the reason %s', (passphrase, refusal) => {
    const assessment = assessPassphrase(passphrase);
    expect(assessment.acceptable).toBe(false);
    expect(assessment.refusal).toBe(refusal);
  });

  it('says why a common password is guessable', () => {
    expect(assessPassphrase('password123456').warning).not.toBeNull();
  });

  it.each(['tulip orbit velvet cactus hinge', 'жаңа құпия сөз алма ағашы түнде', 'Karlygash walks 7 blue rivers slowly'])('accepts %j', (passphrase) => {
    const assessment = assessPassphrase(passphrase);
    expect(assessment).toMatchObject({ acceptable: true, refusal: null });
    expect(assessment.score).toBe(4);
  });

  it('refuses passphrases over 1024 characters', () => {
    expect(assessPassphrase('ab1 '.repeat(300)).refusal).toBe('tooLong');
  });
});
