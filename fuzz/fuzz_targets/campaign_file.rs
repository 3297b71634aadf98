//! Campaign files (TOML front matter, then Markdown), as organisers write them.
#![no_main]

use libfuzzer_sys::fuzz_target;
use missive::campaigns::file::CampaignFile;

fuzz_target!(|text: &str| {
    if let Ok(campaign) = CampaignFile::parse(text) {
        assert!(campaign.goal >= 1);
        assert!(!campaign.headline.is_empty() && !campaign.body_markdown.is_empty());
    }
});
