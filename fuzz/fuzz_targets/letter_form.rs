//! The letter editor's form as any client might send it: decoded, then checked as a draft
//! and as a submission.
#![no_main]

use libfuzzer_sys::fuzz_target;
use missive::forms::letter::LetterForm;

fuzz_target!(|body: &[u8]| {
    if let Ok(form) = serde_html_form::from_bytes::<LetterForm>(body) {
        let _ = (form.action(), form.is_bot());
        let _ = form.check_draft();
        if let Ok(submission) = form.check_submission() {
            assert!(missive::domain::LetterBody::parse(submission.body.as_str()).is_ok());
            assert!(missive::domain::Subject::parse(submission.subject.as_str()).is_ok());
        }
    }
});
