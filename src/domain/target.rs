//! Whom a campaign's letters go to: named officials, and the writer's own MP.

use super::{DomainError, Slug};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The MP for the writer's constituency, found from their postcode or picked by them.
    OwnMp,
    /// An official by the code they were imported under (e.g. `prime-minister`).
    Official(Slug),
}

impl Target {
    /// `own-mp`, or an official's code.
    pub fn parse(input: &str) -> Result<Target, DomainError> {
        match input.trim() {
            "own-mp" => Ok(Target::OwnMp),
            code => Slug::parse(code)
                .map(Target::Official)
                .map_err(|_| DomainError::new("error-target-invalid")),
        }
    }

    /// The official's code, or `None` for the writer's own MP (as stored).
    pub fn official_code(&self) -> Option<&str> {
        match self {
            Target::OwnMp => None,
            Target::Official(code) => Some(code.as_str()),
        }
    }

    pub fn from_stored(code: Option<&str>) -> Option<Target> {
        match code {
            None => Some(Target::OwnMp),
            Some(code) => Slug::parse(code).ok().map(Target::Official),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_own_mp_and_official_codes() {
        assert_eq!(Target::parse("own-mp"), Ok(Target::OwnMp));
        let pm = Target::parse("prime-minister").unwrap();
        assert_eq!(pm.official_code(), Some("prime-minister"));
        assert_eq!(Target::from_stored(Some("prime-minister")), Some(pm));
        assert_eq!(Target::from_stored(None), Some(Target::OwnMp));
        assert!(Target::parse("Prime Minister").is_err());
    }
}
