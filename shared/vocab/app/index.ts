import { buildVocabulary, type Vocabulary } from '../vocabulary';
import accessItem from './accessItem.json';
import accessOutcome from './accessOutcome.json';
import ageBand from './ageBand.json';
import areaInspected from './areaInspected.json';
import bodyRegion from './bodyRegion.json';
import bodyView from './bodyView.json';
import complaintOutcome from './complaintOutcome.json';
import consentExplained from './consentExplained.json';
import consentGivenBy from './consentGivenBy.json';
import consentMethod from './consentMethod.json';
import consentScope from './consentScope.json';
import cooperation from './cooperation.json';
import custodyEntry from './custodyEntry.json';
import detentionPhase from './detentionPhase.json';
import documentationDecision from './documentationDecision.json';
import evidenceType from './evidenceType.json';
import examinerType from './examinerType.json';
import findingBasis from './findingBasis.json';
import findingRating from './findingRating.json';
import forceTarget from './forceTarget.json';
import forceType from './forceType.json';
import identificationConfidence from './identificationConfidence.json';
import illTreatmentContext from './illTreatmentContext.json';
import intervieweeCategory from './intervieweeCategory.json';
import intervieweeSelection from './intervieweeSelection.json';
import interviewFormat from './interviewFormat.json';
import interviewSetting from './interviewSetting.json';
import ipConsistency from './ipConsistency.json';
import itemsSeized from './itemsSeized.json';
import language from './language.json';
import legalCharacterisation from './legalCharacterisation.json';
import lesionType from './lesionType.json';
import mandateBasis from './mandateBasis.json';
import observationBasis from './observationBasis.json';
import organiserType from './organiserType.json';
import perpetratorKind from './perpetratorKind.json';
import populationSource from './populationSource.json';
import proceedingOutcome from './proceedingOutcome.json';
import proceedingType from './proceedingType.json';
import recommendationStatus from './recommendationStatus.json';
import recordingMethod from './recordingMethod.json';
import redress from './redress.json';
import registerType from './registerType.json';
import riskFactor from './riskFactor.json';
import riskLevel from './riskLevel.json';
import rootCause from './rootCause.json';
import sensitivity from './sensitivity.json';
import teamRole from './teamRole.json';
import visitTheme from './visitTheme.json';
import visitType from './visitType.json';
import wgadCategory from './wgadCategory.json';

// The app's own vocabularies (domain-model §8.2 and the entity tables it points to): lists that no
// published standard fixes in a usable form, written for Aigaq from OPCAT, the Istanbul Protocol,
// the APT and OHCHR guides and the UN guidance on less-lethal weapons; each file's `source` says
// which. Country-neutral by design: anything tied to one country's law belongs in a country pack.
const FILES = [
  sensitivity, language, perpetratorKind, identificationConfidence, riskLevel,
  documentationDecision, riskFactor, consentScope, consentGivenBy, consentMethod, consentExplained,
  ageBand, visitType, mandateBasis, teamRole, visitTheme, cooperation, accessItem, accessOutcome,
  populationSource, areaInspected, registerType, findingBasis, findingRating, rootCause,
  intervieweeCategory, intervieweeSelection, interviewSetting, recordingMethod, interviewFormat,
  recommendationStatus, illTreatmentContext, custodyEntry, legalCharacterisation, bodyView,
  bodyRegion, lesionType, ipConsistency, examinerType, complaintOutcome, redress, organiserType,
  forceType, forceTarget, observationBasis, detentionPhase, proceedingType, proceedingOutcome,
  wgadCategory, itemsSeized, evidenceType,
];

export const APP_VOCABULARIES: Readonly<Record<string, Vocabulary>> = Object.fromEntries(
  FILES.map((file) => {
    const vocabulary = buildVocabulary(file);
    return [vocabulary.id, vocabulary] as const;
  }),
);
