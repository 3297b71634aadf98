//! The staff campaign editor's form as any client might send it: decoded, then checked by
//! the campaign rules; and a pasted letter read into the same form.
#![no_main]

use libfuzzer_sys::fuzz_target;
use missive::forms::campaign::CampaignForm;

fuzz_target!(|body: &[u8]| {
    if let Ok(form) = serde_html_form::from_bytes::<CampaignForm>(body) {
        let _ = form.reason();
        if let Ok(campaign) = form.parse() {
            assert!(campaign.goal >= 1);
            assert!((0..=1000).contains(&campaign.similarity_threshold));
        }
    }
    if let Ok(text) = std::str::from_utf8(body) {
        let _ = CampaignForm::from_paste(missive::campaigns::letter_paste::parse(text)).parse();
    }
});
