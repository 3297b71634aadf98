//! A client for a postcodes.io-compatible API (`GET {base}/postcodes/{postcode}`, then
//! `GET {base}/terminated_postcodes/{postcode}` for one it does not know).

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use serde::Deserialize;

use crate::domain::Postcode;

/// How long one lookup (both requests) may take before the writer is told the lookup is
/// unavailable and offered the constituency search instead.
pub const TIMEOUT: Duration = Duration::from_secs(2);
/// A postcode's answer is a few kilobytes; anything much longer is not the API.
const MAX_BODY: usize = 256 * 1024;

/// `MISSIVE_POSTCODE_API`: the API's root URL, or `off`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiSetting {
    Off,
    At(url::Url),
}

impl FromStr for ApiSetting {
    type Err = String;

    fn from_str(text: &str) -> Result<ApiSetting, String> {
        let text = text.trim();
        if text.is_empty() || text.eq_ignore_ascii_case("off") {
            return Ok(ApiSetting::Off);
        }
        match url::Url::parse(text) {
            Ok(url) if matches!(url.scheme(), "http" | "https") && url.has_host() => {
                Ok(ApiSetting::At(url))
            }
            _ => Err(format!(
                "{text:?} is not a postcode API: give its http(s) root, like \
                 https://api.postcodes.io, or off"
            )),
        }
    }
}

/// What the API says about a postcode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// In a Westminster constituency: its ONS code and (if given) name.
    Constituency { code: String, name: Option<String> },
    /// A live postcode with no Westminster constituency (the Channel Islands, the Isle of
    /// Man), with the country the API names.
    NoConstituency { country: String },
    /// No longer in use since this year and month (1–12), when given.
    Terminated {
        year: Option<i32>,
        month: Option<u32>,
    },
    /// Neither a live nor a terminated postcode.
    Unknown,
}

/// Why there is no answer: the API could not be reached, was too slow, or answered in a
/// way it should not.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("no answer within {} s", TIMEOUT.as_secs())]
    Timeout,
    #[error("request failed: {0}")]
    Request(reqwest::Error),
    #[error("unexpected status {0}")]
    Status(u16),
    #[error("unexpected answer: {0}")]
    Body(String),
}

impl From<reqwest::Error> for ApiError {
    /// Without the request's URL, which holds the writer's postcode: never in the log.
    fn from(error: reqwest::Error) -> ApiError {
        ApiError::Request(error.without_url())
    }
}

/// The API client: one per server, sharing its connections.
#[derive(Clone)]
pub struct PostcodesIo {
    client: reqwest::Client,
    base: String,
}

impl fmt::Debug for PostcodesIo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PostcodesIo")
            .field("base", &self.base)
            .finish()
    }
}

#[derive(Deserialize)]
struct Envelope<T> {
    result: Option<T>,
}

#[derive(Deserialize)]
struct Live {
    country: Option<String>,
    parliamentary_constituency_2024: Option<String>,
    parliamentary_constituency: Option<String>,
    #[serde(default)]
    codes: Codes,
}

#[derive(Deserialize, Default)]
struct Codes {
    parliamentary_constituency_2024: Option<String>,
    parliamentary_constituency: Option<String>,
}

#[derive(Deserialize)]
struct Terminated {
    year_terminated: Option<i32>,
    month_terminated: Option<u32>,
}

impl PostcodesIo {
    pub fn new(base: &url::Url) -> Result<PostcodesIo, ApiError> {
        let client = reqwest::Client::builder()
            .timeout(TIMEOUT)
            .connect_timeout(TIMEOUT)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("missive/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(PostcodesIo {
            client,
            base: base.as_str().trim_end_matches('/').to_owned(),
        })
    }

    /// Asks the API about `postcode`, within [`TIMEOUT`] in all.
    pub async fn lookup(&self, postcode: &Postcode) -> Result<Answer, ApiError> {
        tokio::time::timeout(TIMEOUT, self.ask(postcode))
            .await
            .map_err(|_| ApiError::Timeout)?
    }

    async fn ask(&self, postcode: &Postcode) -> Result<Answer, ApiError> {
        // Letters and digits only: safe in a path as it is.
        let compact = postcode.as_str().replace(' ', "");
        match self.get::<Live>("postcodes", &compact).await? {
            Some(live) => Ok(live.answer()),
            None => Ok(
                match self
                    .get::<Terminated>("terminated_postcodes", &compact)
                    .await?
                {
                    Some(t) => Answer::Terminated {
                        year: t.year_terminated,
                        month: t.month_terminated.filter(|m| (1..=12).contains(m)),
                    },
                    None => Answer::Unknown,
                },
            ),
        }
    }

    /// The `result` of `GET {base}/{path}/{postcode}`; `None` for a 404.
    async fn get<T: serde::de::DeserializeOwned>(
        &self,
        path: &str,
        postcode: &str,
    ) -> Result<Option<T>, ApiError> {
        let mut response = self
            .client
            .get(format!("{}/{path}/{postcode}", self.base))
            .header("Accept", "application/json")
            .send()
            .await?;
        match response.status().as_u16() {
            200 => {}
            404 => return Ok(None),
            other => return Err(ApiError::Status(other)),
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await? {
            body.extend_from_slice(&chunk);
            if body.len() > MAX_BODY {
                return Err(ApiError::Body("the answer is too long".into()));
            }
        }
        let envelope: Envelope<T> =
            serde_json::from_slice(&body).map_err(|e| ApiError::Body(e.to_string()))?;
        envelope
            .result
            .map(Some)
            .ok_or_else(|| ApiError::Body("no result".into()))
    }
}

impl Live {
    fn answer(self) -> Answer {
        let country = self.country.unwrap_or_default();
        let (code, name) = match self.codes.parliamentary_constituency_2024 {
            Some(code) => (Some(code), self.parliamentary_constituency_2024),
            None => (
                self.codes.parliamentary_constituency,
                self.parliamentary_constituency,
            ),
        };
        let code = code
            .map(|c| c.trim().to_ascii_uppercase())
            .filter(|c| is_constituency_code(c));
        match code {
            Some(code) => Answer::Constituency {
                code,
                name: name
                    .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
                    .filter(|n| !n.is_empty()),
            },
            None => Answer::NoConstituency { country },
        }
    }
}

/// An ONS code of a real constituency: letters and digits, not a pseudo-code (those end
/// in 99999999, for places with no constituency).
fn is_constituency_code(code: &str) -> bool {
    (2..=16).contains(&code.len())
        && code.bytes().all(|b| b.is_ascii_alphanumeric())
        && !code.ends_with("99999999")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn live(json: &str) -> Answer {
        let envelope: Envelope<Live> = serde_json::from_str(json).unwrap();
        envelope.result.unwrap().answer()
    }

    #[test]
    fn the_setting_is_a_url_or_off() {
        assert_eq!("off".parse(), Ok(ApiSetting::Off));
        assert_eq!(" OFF ".parse(), Ok(ApiSetting::Off));
        assert!(matches!(
            "https://api.postcodes.io".parse(),
            Ok(ApiSetting::At(_))
        ));
        assert!("api.postcodes.io".parse::<ApiSetting>().is_err());
        assert!("ftp://example.org".parse::<ApiSetting>().is_err());
    }

    #[test]
    fn the_2024_constituency_is_preferred() {
        assert_eq!(
            live(
                r#"{"status":200,"result":{"postcode":"GU11 1AA","country":"England",
                "parliamentary_constituency":"Old","parliamentary_constituency_2024":"Aldershot",
                "codes":{"parliamentary_constituency":"E14000530","parliamentary_constituency_2024":"e14001063"}}}"#
            ),
            Answer::Constituency {
                code: "E14001063".into(),
                name: Some("Aldershot".into())
            }
        );
    }

    #[test]
    fn pseudo_codes_and_missing_codes_mean_no_constituency() {
        let jersey = r#"{"status":200,"result":{"postcode":"JE2 3AB","country":"Channel Islands",
            "parliamentary_constituency_2024":null,
            "codes":{"parliamentary_constituency_2024":"L99999999"}}}"#;
        assert_eq!(
            live(jersey),
            Answer::NoConstituency {
                country: "Channel Islands".into()
            }
        );
        let bare = r#"{"status":200,"result":{"postcode":"IM1 1AA","country":"Isle of Man"}}"#;
        assert_eq!(
            live(bare),
            Answer::NoConstituency {
                country: "Isle of Man".into()
            }
        );
    }
}
