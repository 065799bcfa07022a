import type { FormDefinition } from '../fieldDefinition';
import { l } from '../labels';

// The identifying part of a person (S3, domain-model §4.2 "IdentityVault"): stored as its own
// sealed row, separate from the pseudonymous core, shown only on request, and left out of every
// export and summary unless a consent scope and an explicit choice allow it. Absent altogether
// when the person chose full anonymity, or when the risk assessment says no identity on this laptop.

export const identityV1: FormDefinition = {
  id: 'IDENTITY',
  version: 1,
  label: l('Identity', 'Личность', 'Жеке басы'),
  standards: 'HURIDOCS ESF 0903–0917; OHCHR Manual ch. 14',
  sections: [
    {
      key: 'identity',
      label: l('Identity (protected)', 'Личные данные (защищены)', 'Жеке деректер (қорғалған)'),
      fields: [
        { key: 'legalName', kind: 'text', maxLength: 300, requirement: 'O', sensitivity: 'S3', source: 'ESF 0903', label: l('Full name', 'ФИО', 'Аты-жөні') },
        { key: 'nameOtherScript', kind: 'text', maxLength: 300, requirement: 'O', sensitivity: 'S3', source: 'ESF 0903: several scripts, for finding duplicates', label: l('Name in another script', 'Имя в другой письменности', 'Басқа жазудағы есімі') },
        { key: 'otherNames', kind: 'text', maxLength: 300, requirement: 'O', sensitivity: 'S3', source: 'ESF 0904', label: l('Other names', 'Другие имена', 'Басқа есімдері') },
        { key: 'dateOfBirth', kind: 'partialDate', requirement: 'O', sensitivity: 'S3', source: 'ESF 0911', label: l('Date of birth', 'Дата рождения', 'Туған күні') },
        { key: 'placeOfBirth', kind: 'text', requirement: 'O', sensitivity: 'S3', source: 'ESF 0912', label: l('Place of birth', 'Место рождения', 'Туған жері') },
        { key: 'identityDocuments', kind: 'text', requirement: 'O', sensitivity: 'S3', source: 'ESF 0917', hint: l('Only if a legal follow-up needs it.', 'Только если это нужно для правовой защиты.', 'Құқықтық қорғауға қажет болса ғана.'), label: l('Identity documents', 'Документы, удостоверяющие личность', 'Жеке басын куәландыратын құжаттар') },
        { key: 'contact', kind: 'longText', requirement: 'O', sensitivity: 'S3', source: 'OHCHR Manual ch. 14: safe re-contact', label: l('Safe contact', 'Безопасная связь', 'Қауіпсіз байланыс') },
        { key: 'address', kind: 'text', requirement: 'O', sensitivity: 'S3', source: 'ESF 0910', label: l('Address', 'Адрес', 'Мекенжайы') },
        { key: 'relatives', kind: 'longText', requirement: 'O', sensitivity: 'S3', source: 'ESF biographic details (mt21)', label: l('Relatives and next of kin', 'Родственники', 'Туыстары') },
      ],
    },
  ],
};
