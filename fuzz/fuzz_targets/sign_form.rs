//! The sign form as any client might send it: decoded, then checked.
#![no_main]

use libfuzzer_sys::fuzz_target;
use missive::forms::sign::SignForm;

fuzz_target!(|body: &[u8]| {
    if let Ok(form) = serde_html_form::from_bytes::<SignForm>(body) {
        let _ = form.is_bot();
        if let Ok(signer) = form.parse() {
            assert!(missive::domain::PersonName::parse(signer.name.as_str()).is_ok());
            assert!(missive::domain::EmailAddress::parse(signer.email.as_str()).is_ok());
        }
    }
});
