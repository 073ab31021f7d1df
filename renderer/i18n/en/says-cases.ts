// English for terminal/says/cases.ts.
import type { Translation } from '../message.ts';
import type { saysCases as source } from '../../../terminal/says/cases.ts';
import { application } from './application.ts';
import { named } from '../button-names.ts';

export const saysCases = {
  caseNumbersUsedUp: 'This kiosk has run out of case numbers. Please go to a service counter, and ask the staff to call a technician.',

  itemNotFound: 'This item could not be found; it may have changed. Please go back and choose again.',
  itemNeedsCard: 'This application needs your ID card. Please place it on the card reader.',
  confirmCardFirst: `Please check your ID card details and tap “${named(application.formCardConfirm)}” before submitting.`,
  formInvalid: '{count, plural, one {# answer needs} other {# answers need}} fixing. Please follow the hints and submit again.',
  fieldRequired: 'This must be filled in',
  fieldNotText: 'This should be text',
  fieldTooLong: 'At most {max, plural, one {# character} other {# characters}}; now {length, plural, one {# character} other {# characters}}',
  fieldNotNumber: 'This should be a number',
  fieldNotInteger: 'This should be a whole number',
  fieldOneDecimal: 'At most one decimal place',
  fieldBelowMin: 'Must be at least {min, number}',
  fieldAboveMax: 'Must be at most {max, number}',
  fieldBadPhone: 'Should be an 11-digit mobile number or a landline with its area code',
  fieldBadDate: 'Should be a valid date',
  fieldTooEarly: 'Cannot be before {date}',
  fieldTooLate: 'Cannot be after {date}',
  fieldNotAnOption: 'This choice is not on the list',
  fieldRepeatedOption: 'A choice is repeated',
  fieldYesOrNo: 'Please choose “Yes” or “No”',
  fieldNotInForm: 'This form has no such question',
  fieldFromCard: 'This is read from the ID card and cannot be typed',

  pageNotInMaterial: 'This material has no such page. Please go back and take it again.',
  pageNotImage: 'This page is not a camera image. Please take it again.',
  pageTooLarge: 'The image of this page is too large (at most {max, number} KB). Please take it again.',
  attachmentsTooLarge: 'The pages together are too large. Please delete some pages and submit again.',
  materialPagesMissing: '{count, plural, one {# required page is} other {# required pages are}} still missing. Please take them, or choose "Bring materials to the counter".',
  signatureUnreadable: 'The signature cannot be read. Please clear it and sign again.',

  demandDescriptionNeeded: '“Description” must be filled in: tap a common phrase or type on the keyboard.',
  demandDescriptionTooLong: '“Description” can have at most {max, plural, one {# character} other {# characters}}; it has {length, plural, one {# character} other {# characters}}.',
  demandSiteUnknown: 'This “Place” is not on this kiosk’s list of places. Please choose again.',
  demandPlaceTooLong: '“Place” can have at most {max, plural, one {# character} other {# characters}}.',
  demandPlaceNeeded: 'Please choose or type the “Place” where it happened.',
  demandPhoneInvalid: 'The “Call-back number” should be an 11-digit mobile number or a landline with its area code.',
  demandNeedsCard: 'Submitting with your name needs your ID card: place it on the card reader, or choose to submit anonymously.',

  myCasesNeedCard: 'Looking up your own cases needs your ID card: place it on the card reader, or enter a case number.',
  myCasesUnavailable: 'Your cases cannot be found right now. Please try again later.',
  caseNumberLength: 'A case number has 12 digits. Please check it.',
  caseNumberNotDigits: 'A case number has digits only. Please check it.',
  caseNumberWrong: 'This number is not right. Please check it.',
  queryCodeFormat: 'A query code has 8 digits. Please check it.',
  queryCodeWrong: 'The query code is not right. Please check the query code on your receipt.',
  queryCodeNeeded: 'This is an anonymous request. Please enter the 8-digit query code on your receipt.',
  caseNotFound: 'No case has this number. Please check the number.',
  caseUnreachable: 'The service centre cannot be reached right now, so the progress of this number is unknown. Please try again later or ask at a service counter.',
  notOurCode: 'This is not the QR code of a case receipt. Please scan the QR code on your case receipt, or enter the case number.',

  chooseRatingLevel: 'Please choose a rating.',
  ratingReasonNeeded: 'You chose “{level, select, 1 {Very dissatisfied} other {Dissatisfied}}”: please choose why you were not satisfied.',
  ratingReasonNotListed: 'Please choose a reason from the list.',
  ratingReasonOnlyForBad: 'Only “Dissatisfied” and “Very dissatisfied” take a reason.',
  ticketNumberInvalid: 'This number is not right: it should be one letter and three digits, such as A003.',
  ticketDateInvalid: 'This date is not right. Please choose the date of your visit again.',
  ticketDateTooOld: 'Only counter services of the last {days, plural, one {# day} other {# days}} can be rated. Please choose the date of your visit again.',
  ratingTargetNotFound: 'What you want to rate cannot be found. Please start again.',
  ratingCaseNotSeen: 'Please look up this case in “Case progress” first, then rate it.',
  alreadyRated: 'You have already rated this service. Each one can be rated only once.',
} satisfies Translation<typeof source>;
