//! The personalisation meter: how much of a supporter's letter is the featured letter.
//!
//! This follows WriteToThem's copy detection. A letter is normalised (Unicode lower case,
//! every run of characters that are not letters or digits, including quotes of any kind,
//! becomes one space), so case, punctuation and layout changes do not count as personal.
//! Every 32-byte substring of the normalised UTF-8 is hashed with a stable 64-bit hash
//! (FNV-1a plus a fixed bit mixer: no per-process seed, so scores are the same on every run
//! and machine). Only hashes whose low 4 bits are zero are kept, a 1-in-16 sample chosen
//! by content rather than position, so the fingerprint stays small and an inserted or
//! deleted sentence only disturbs the samples near it. Two letters score
//! `2 × |shared| / (|A| + |B|)`: 1.0 for the same words, near 0.0 for a real rewrite.
//! A text too short to keep any sample keeps all its hashes, so equal texts still score 1.0.

/// Bytes per shingle (window) of normalised text.
const WINDOW: usize = 32;
/// A hash is sampled when these bits are all zero (1 in 16).
const SAMPLE_MASK: u64 = 0xF;

/// A letter's sampled shingle hashes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    /// Sorted, without duplicates.
    hashes: Vec<u64>,
}

impl Fingerprint {
    /// Fingerprint a letter's text (any length; empty text gives an empty fingerprint).
    pub fn of(text: &str) -> Fingerprint {
        let normal = normalise(text);
        let bytes = normal.as_bytes();
        if bytes.is_empty() {
            return Fingerprint { hashes: Vec::new() };
        }
        let all = || {
            let windows = bytes.windows(WINDOW.min(bytes.len()));
            windows.map(shingle_hash)
        };
        let mut hashes: Vec<u64> = all().filter(|h| h & SAMPLE_MASK == 0).collect();
        if hashes.is_empty() {
            // Short text with no sampled shingle: compare it by all of its shingles.
            hashes = all().collect();
        }
        hashes.sort_unstable();
        hashes.dedup();
        Fingerprint { hashes }
    }

    /// Number of distinct sampled hashes.
    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    /// True when the text had nothing to fingerprint.
    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }

    /// 0.0 ..= 1.0: the share of sampled shingles the two letters have in common
    /// (Dice coefficient). Two empty fingerprints give 0.0.
    pub fn similarity(&self, other: &Fingerprint) -> f64 {
        let total = self.len() + other.len();
        if total == 0 {
            return 0.0;
        }
        let shared = count_shared(&self.hashes, &other.hashes);
        ((2 * shared) as f64 / total as f64).clamp(0.0, 1.0)
    }
}

/// Similarity in thousandths (0..=1000), rounded, as stored in the database.
pub fn per_mille(a: &Fingerprint, b: &Fingerprint) -> i32 {
    (a.similarity(b) * 1000.0).round().clamp(0.0, 1000.0) as i32
}

/// The meter's figure: the share of the letter that is the writer's own, in whole percent
/// (100 − similarity), from a per-mille score.
pub fn own_percent(per_mille: i32) -> i32 {
    (1000 - per_mille.clamp(0, 1000) + 5) / 10
}

/// Words for the meter, from a per-mille score, in English (staff pages; the writer's pages
/// use [`describe_key`]).
pub fn describe(per_mille: i32) -> &'static str {
    match per_mille {
        800.. => "Mostly the featured letter",
        500..=799 => "Partly your own words",
        200..=499 => "Mostly your own words",
        _ => "Your own letter",
    }
}

/// [`describe`]'s words as a message key (`locales/*/letters.ftl`), for pages in the
/// writer's language.
pub fn describe_key(per_mille: i32) -> &'static str {
    match per_mille {
        800.. => "letters-meter-mostly-featured",
        500..=799 => "letters-meter-partly-own",
        200..=499 => "letters-meter-mostly-own",
        _ => "letters-meter-own",
    }
}

/// Lower-case, turn each run of non-alphanumeric characters into one space, and trim.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.extend(c.to_lowercase());
        } else {
            gap = true;
        }
    }
    out
}

/// Stable 64-bit hash of one window: FNV-1a, then the MurmurHash3 finaliser so that the
/// low bits used for sampling depend on every byte (FNV-1a's low bits alone do not).
fn shingle_hash(window: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in window {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Size of the intersection of two sorted, deduplicated slices.
fn count_shared(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    const CAMPAIGN: &str = include_str!("../../campaigns/british-values.md");

    /// The body of the shipped featured letter: everything after the second `+++` line.
    fn featured() -> String {
        let mut fences = 0;
        let mut body = Vec::new();
        for line in CAMPAIGN.lines() {
            if fences >= 2 {
                body.push(line);
            } else if line.trim() == "+++" {
                fences += 1;
            }
        }
        let body = body.join("\n");
        assert!(body.len() > 1500, "featured letter body not found");
        body
    }

    fn sim(a: &str, b: &str) -> f64 {
        Fingerprint::of(a).similarity(&Fingerprint::of(b))
    }

    fn lightly_edited() -> String {
        let original = featured();
        let letter = original.replace(
            "Those who claim that the way to democratise countries like Kazakhstan is to do business with them should look at the facts.",
            "Anyone who says trade will bring democracy to Kazakhstan should look at what has actually happened.",
        );
        assert_ne!(letter, original, "the sentence to edit is missing");
        format!(
            "Dear Ms Patel,\n\nI am writing as one of your constituents in Leeds. My sister taught \
             English in Almaty for two years, and what she saw there worries me deeply.\n\n{letter}\n\n\
             Yours sincerely,\nJane Smith"
        )
    }

    const REWRITTEN: &str = "Dear Mr Jones,

I was dismayed to read that ministers are rolling out the red carpet for President Nazarbayev this week. As your constituent I would ask you to raise some hard questions with the Foreign Office before any new deals are signed.

Kazakhstan is not a democracy in any meaningful sense. Elections there are stage-managed, critics end up behind bars, and the press is tightly controlled. The shooting of striking oil workers at Zhanaozen in 2011 has never been properly investigated, and the people who survived it still struggle for jobs and treatment.

We are often told that trade and engagement will soften regimes like this one. I see little evidence for that. The president's family has grown enormously rich from selling the country's natural resources abroad, while ordinary families have seen their wages fall. Independent unions are harassed, and a well-known poet is still locked up for speaking out about evictions.

I do not object to trade as such. But I do not want British firms, or former British prime ministers, earning money from a government that jails lawyers and silences dissent. Please ask the government to make human rights a condition of any agreement, and to say so publicly.

I would be grateful to hear what you intend to do.

Yours sincerely,
Tom Baker";

    #[test]
    fn identical_text_scores_one() {
        let text = featured();
        let fp = Fingerprint::of(&text);
        assert!(fp.len() > 50, "fingerprint too small: {}", fp.len());
        assert_eq!(fp.similarity(&fp.clone()), 1.0);
        assert_eq!(sim(&text, &text), 1.0);
        assert_eq!(per_mille(&fp, &fp), 1000);
    }

    #[test]
    fn case_punctuation_whitespace_and_quotes_do_not_count() {
        let text = featured();
        let restyled = text
            .to_uppercase()
            .replace(['’', '‘'], "'")
            .replace(['“', '”'], "\"")
            .replace('–', "--")
            .replace(". ", ".   ")
            .replace(',', " ;")
            .replace("\n\n", "\r\n \t\r\n")
            .replace("## ", "*** ");
        assert_ne!(text, restyled);
        assert_eq!(sim(&text, &restyled), 1.0);
        assert_eq!(sim("“Quoted” text — here…", "\"quoted\" TEXT: here"), 1.0);
    }

    #[test]
    fn lightly_edited_letter_is_mostly_the_same() {
        let s = sim(&featured(), &lightly_edited());
        assert!(s >= 0.7, "lightly edited scored {s}");
        assert!(s < 1.0, "lightly edited scored {s}");
    }

    #[test]
    fn rewritten_letter_is_its_own() {
        let s = sim(&featured(), REWRITTEN);
        assert!(s <= 0.2, "rewritten scored {s}");
        assert!(!Fingerprint::of(REWRITTEN).is_empty());
    }

    #[test]
    fn empty_text_scores_zero() {
        let empty = Fingerprint::of("");
        assert!(empty.is_empty());
        assert_eq!(empty.len(), 0);
        assert_eq!(Fingerprint::of(" \n\t—“”!? ").len(), 0);
        assert_eq!(empty.similarity(&empty), 0.0);
        assert_eq!(empty.similarity(&Fingerprint::of(&featured())), 0.0);
        assert_eq!(Fingerprint::of("Hi").similarity(&empty), 0.0);
        assert_eq!(per_mille(&empty, &empty), 0);
    }

    #[test]
    fn short_texts_work() {
        for text in [
            "a",
            "Hi!",
            "Nazarbayev",
            "Thank you, Minister.",
            "ж",
            "🙂🙂 ok",
        ] {
            let fp = Fingerprint::of(text);
            assert_eq!(fp.len(), 1, "{text}");
            assert_eq!(fp.similarity(&Fingerprint::of(text)), 1.0, "{text}");
        }
        assert_eq!(sim("Hi!", "hi"), 1.0);
        assert_eq!(sim("Hi", "Bye"), 0.0);
        // Just over one window, so probably no sampled hash: still equal to itself.
        let text = "Please raise this with the Foreign Office soon.";
        assert_eq!(sim(text, text), 1.0);
    }

    #[test]
    fn per_mille_rounds() {
        let a = Fingerprint {
            hashes: vec![1, 2, 3],
        };
        let b = Fingerprint {
            hashes: vec![1, 4, 5, 6, 7, 8, 9],
        };
        // 2 × 1 / 10 = 0.2
        assert_eq!(per_mille(&a, &b), 200);
        let c = Fingerprint { hashes: vec![1, 2] };
        let d = Fingerprint {
            hashes: vec![1, 3, 4, 5, 6, 7, 8, 9, 10],
        };
        // 2 / 11 = 0.181818… → 182
        assert_eq!(per_mille(&c, &d), 182);
        let e = Fingerprint {
            hashes: vec![1, 2, 3],
        };
        let f = Fingerprint {
            hashes: vec![1, 2, 3, 4, 5, 6],
        };
        // 6 / 9 = 0.6666… → 667
        assert_eq!(per_mille(&e, &f), 667);
    }

    #[test]
    fn own_percent_is_the_rest_rounded() {
        assert_eq!(own_percent(1000), 0);
        assert_eq!(own_percent(0), 100);
        assert_eq!(own_percent(820), 18);
        assert_eq!(own_percent(825), 18);
        assert_eq!(own_percent(824), 18);
        assert_eq!(own_percent(826), 17);
        assert_eq!(own_percent(-5), 100);
    }

    #[test]
    fn describe_boundaries() {
        assert_eq!(describe(1000), "Mostly the featured letter");
        assert_eq!(describe(800), "Mostly the featured letter");
        assert_eq!(describe(799), "Partly your own words");
        assert_eq!(describe(500), "Partly your own words");
        assert_eq!(describe(499), "Mostly your own words");
        assert_eq!(describe(200), "Mostly your own words");
        assert_eq!(describe(199), "Your own letter");
        assert_eq!(describe(0), "Your own letter");
        assert_eq!(describe(-1), "Your own letter");
    }

    #[test]
    fn similarity_is_symmetric() {
        let texts = [
            featured(),
            lightly_edited(),
            REWRITTEN.to_string(),
            String::new(),
        ];
        for a in &texts {
            for b in &texts {
                let (fa, fb) = (Fingerprint::of(a), Fingerprint::of(b));
                assert_eq!(fa.similarity(&fb), fb.similarity(&fa));
                assert_eq!(per_mille(&fa, &fb), per_mille(&fb, &fa));
            }
        }
    }

    #[test]
    fn hashes_are_stable() {
        // Fixed constants, no seed: these values must never change between runs or builds.
        assert_eq!(shingle_hash(b""), 0xefd0_1f60_ba99_2926);
        assert_eq!(shingle_hash(b"missive"), 0xdc46_4a3f_c66a_dbc6);
        assert_eq!(
            Fingerprint::of("Hello, World!"),
            Fingerprint::of("hello world")
        );
        assert_eq!(
            normalise("  Kazakhstan’s “British values”! "),
            "kazakhstan s british values"
        );
    }

    #[test]
    fn long_text_fingerprints() {
        let mut text = String::new();
        let mut n = 0;
        while text.chars().count() < 10_000 {
            text.push_str(&format!(
                "Paragraph {n}: Привет, Казахстан — “naïve” 🙂 café. "
            ));
            n += 1;
        }
        let fp = Fingerprint::of(&text);
        assert!(fp.len() > 100);
        assert_eq!(fp.similarity(&Fingerprint::of(&text)), 1.0);
    }
}
