//! UK postcodes, normalised to upper case with a single space before the inward code.

use std::fmt;

use super::DomainError;

const MAX_INPUT_LEN: usize = 16;
const EMPTY: DomainError = DomainError::new("error-postcode-empty");
const INVALID: DomainError = DomainError::new("error-postcode-invalid");

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Postcode(String);

impl Postcode {
    pub fn parse(input: &str) -> Result<Postcode, DomainError> {
        if input.chars().count() > MAX_INPUT_LEN {
            return Err(INVALID);
        }
        let compact: String = input
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if compact.is_empty() {
            return Err(EMPTY);
        }
        if !compact.is_ascii() || compact.len() < 5 || compact.len() > 7 {
            return Err(INVALID);
        }
        let (outward, inward) = compact.split_at(compact.len() - 3);
        let valid = (outward == "GIR" && inward == "0AA")
            || (is_outward(outward.as_bytes()) && is_inward(inward.as_bytes()));
        if !valid {
            return Err(INVALID);
        }
        Ok(Postcode(format!("{outward} {inward}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The outward code (the part before the space), e.g. "SW1A".
    pub fn outward(&self) -> &str {
        self.0.split(' ').next().unwrap_or(&self.0)
    }
}

fn is_outward(code: &[u8]) -> bool {
    let a = |b: &u8| b.is_ascii_uppercase();
    let d = |b: &u8| b.is_ascii_digit();
    match code {
        [x, y] => a(x) && d(y),
        [x, y, z] => a(x) && ((d(y) && (d(z) || a(z))) || (a(y) && d(z))),
        [w, x, y, z] => a(w) && a(x) && d(y) && (d(z) || a(z)),
        _ => false,
    }
}

fn is_inward(code: &[u8]) -> bool {
    let letter = |b: &u8| b.is_ascii_uppercase() && !b"CIKMOV".contains(b);
    matches!(code, [n, x, y] if n.is_ascii_digit() && letter(x) && letter(y))
}

impl fmt::Display for Postcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(input: &str) -> String {
        match Postcode::parse(input) {
            Ok(p) => p.to_string(),
            Err(e) => panic!("{input:?} should parse: {e}"),
        }
    }

    #[test]
    fn normalises_spacing_and_case() {
        assert_eq!(ok("sw1a1aa"), "SW1A 1AA");
        assert_eq!(ok(" ec1a  1bb"), "EC1A 1BB");
        assert_eq!(ok("M1\t1AE"), "M1 1AE");
    }

    #[test]
    fn accepts_every_outward_shape() {
        for (input, expected) in [
            ("M1 1AE", "M1 1AE"),     // A9
            ("B33 8TH", "B33 8TH"),   // A99
            ("CR2 6XH", "CR2 6XH"),   // AA9
            ("DN55 1PT", "DN55 1PT"), // AA99
            ("W1A 0AX", "W1A 0AX"),   // A9A
            ("EC1A 1BB", "EC1A 1BB"), // AA9A
            ("gir 0aa", "GIR 0AA"),
        ] {
            assert_eq!(ok(input), expected);
        }
    }

    #[test]
    fn outward_is_the_part_before_the_space() {
        assert_eq!(Postcode::parse("sw1a1aa").unwrap().outward(), "SW1A");
        assert_eq!(Postcode::parse("m11ae").unwrap().outward(), "M1");
        assert_eq!(Postcode::parse("SW1A 1AA").unwrap().as_str(), "SW1A 1AA");
    }

    #[test]
    fn empty_input_asks_for_a_postcode() {
        assert_eq!(Postcode::parse(""), Err(EMPTY));
        assert_eq!(Postcode::parse("  \t "), Err(EMPTY));
    }

    #[test]
    fn rejects_wrong_shapes() {
        for bad in [
            "SW1A",
            "1AA",
            "SW1A 1A",
            "SW1A 1AAA",
            "SW1AA 1AA",
            "1W1A 1AA",
            "S11A 1AA",
            "SWAA 1AA",
            "SW1A AAA",
            "SW1A 11A",
            "SW1A 1CA",
            "SW1A 1AI",
            "M1 1KM",
            "W1A 0OV",
            "GIR 0AB",
            "SW1A-1AA",
            "ŚW1A 1AA",
            "90210",
        ] {
            assert_eq!(Postcode::parse(bad), Err(INVALID), "{bad:?}");
        }
    }

    #[test]
    fn rejects_overlong_input_before_normalising() {
        assert_eq!(
            Postcode::parse(&format!("{}SW1A1AA", " ".repeat(10))),
            Err(INVALID)
        );
        assert!(Postcode::parse(&format!("{}SW1A1AA", " ".repeat(9))).is_ok());
    }
}
