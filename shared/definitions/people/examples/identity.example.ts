import type { FieldValues } from '../../fieldValues';

/** An invented identity: no such person exists. */
export const identityExample: FieldValues = {
  legalName: 'Айгүл Сапарқызы Тестова',
  nameOtherScript: 'Aigül Saparqyzy Testova',
  dateOfBirth: { value: '1994', precision: 'year', approximate: true },
  contact: 'Through her sister; never by phone.',
};
