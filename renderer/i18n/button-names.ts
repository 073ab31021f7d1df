// A spoken prompt that tells the resident which button to press names it in the button's own
// words: each language's voice catalog builds such a prompt from the same catalog entry the button
// shows, so the two cannot drift apart (a Tibetan prompt once said ཕྱིར་འཐེན where the button read
// ཕྱིར་ཐོན།). tests/renderer/prompt-button-names.test.ts checks every prompt listed here.

/** A button's words as a sentence names them: without a closing Tibetan shad or full stop. */
export function named(label: string): string {
  return label.replace(/[\s།。.]+$/u, '');
}

/** The prompts (and the core's messages) that name buttons, and the catalog entries (dotted paths) of those buttons. */
export const promptButtons = {
  promptServices: ['exit'],
  promptIdle: ['continue'],
  promptGuide: ['info.takeNumber'],
  promptMatterDocument: ['back'],
  promptApplyMaterials: ['applyStartForm'],
  promptApplyForm: ['applyReview'],
  promptApplyConfirm: ['applySubmit', 'applyEdit'],
  promptDemandConfirm: ['demandSubmit'],
  promptProgressNumber: ['progressSearch'],
  promptProgressCode: ['progressSearch'],
  promptRatingTicket: ['ratingNext'],
  promptRatingReason: ['ratingSubmit'],
  // What the core says when a button was skipped (terminal/says/; its Chinese is the core's source).
  'says.cases.confirmCardFirst': ['formCardConfirm'],
} as const;
