//! Generated requests: each one made from its own seeded RNG (the run's seed and the
//! request's number), so any request can be made again. Values are valid samples, junk,
//! attack strings, huge or broken encodings; bodies are forms (repeated, truncated,
//! oversized, mis-encoded), JSON or random bytes; headers are abused in the usual ways.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::routes::{Body, Route, ROUTES};

/// Real ids and tokens in the fuzzed app, so that some requests reach deep into handlers.
#[derive(Debug, Clone)]
pub struct Known {
    pub slug: String,
    pub sig_token: String,
    /// A signature and a draft of their own for the routes that withdraw and delete.
    pub doomed_sig_token: String,
    pub letter_token: String,
    pub doomed_letter_token: String,
    pub letter_id: i64,
    pub user_id: i64,
    pub petition: i64,
    pub signature: i64,
    pub api_token: String,
    /// The CSRF token of the staff session the HTTP client holds.
    pub csrf: String,
    /// A second staff session, for raw requests: its `Cookie` header value and CSRF token.
    pub raw_cookie: String,
    pub raw_csrf: String,
}

impl Known {
    fn values(&self, placeholder: &str) -> Vec<String> {
        let owned = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect();
        match placeholder {
            "slug" => vec![self.slug.clone(), "fuzz-campaign".into()],
            "campaign_slug" => vec!["fuzz-campaign".into()],
            "sig_token" => vec![self.sig_token.clone()],
            "doomed_sig_token" => vec![self.doomed_sig_token.clone()],
            "letter_token" => vec![self.letter_token.clone()],
            "doomed_letter_token" => vec![self.doomed_letter_token.clone()],
            "official" => owned(&["1", "2"]),
            "static" => owned(&["missive.css", "editor.js", "print.css", "share.js"]),
            "export" => owned(&[
                "counts.csv",
                "counts.json",
                "letters.csv",
                "letters.json",
                "signers.csv",
                "signers.json",
            ]),
            "invalidation" => owned(&["1", "2"]),
            "row_id" => owned(&["1", "2", "999"]),
            "opaque" => owned(&["abc", "0000", "not-a-token"]),
            "letter_id" => vec![self.letter_id.to_string(), "1".into()],
            "user_id" => vec![self.user_id.to_string()],
            // Never the fuzzer's own token: revoking it would end the API's coverage.
            "api_token_id" => owned(&["999"]),
            "petition" => vec![self.petition.to_string()],
            "signature" => vec![self.signature.to_string()],
            _ => vec![String::new()],
        }
    }
}

/// Who a request comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Session {
    Anonymous,
    Staff,
}

/// How a request is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    /// Well-formed HTTP through reqwest.
    Client,
    /// Bytes written to a socket: broken framing, raw paths, bad lines.
    Raw,
}

#[derive(Debug, Clone)]
pub struct Request {
    pub route: usize,
    pub transport: Transport,
    pub session: Session,
    pub method: String,
    /// Path and query; ASCII for the client, any bytes for a raw request.
    pub target: Vec<u8>,
    pub headers: Vec<(String, Vec<u8>)>,
    pub body: Vec<u8>,
    /// Bodies past every limit: the server may answer before reading them.
    pub oversized: bool,
}

/// Strings that have broken web apps before.
const NASTY: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "' OR '1'='1' --",
    "'; DROP TABLE signatures; --",
    "\u{0}",
    "a\u{0}b",
    "%00",
    "../../../../etc/passwd",
    "..\\..\\windows\\win.ini",
    "\u{202e}gnp.exe",
    "=cmd|' /C calc'!A0",
    "{{7*7}}${7*7}",
    "${jndi:ldap://127.0.0.1/a}",
    "\r\nSet-Cookie: evil=1",
    "😀👍🏽👨‍👩‍👧",
    "\u{feff}",
    "\u{fffd}",
    "\u{10ffff}",
    "ǅİßﬃ",
    "NaN",
    "-0",
    "null",
    "[]",
    "{}",
    "%s%n%x",
    "\\",
    "\"",
    "\t\n\r\u{b}\u{c}",
    " ",
    "own-mp\nown-mp",
    "Ｓｗ１Ａ　１ＡＡ",
    "ⅯⅭⅯⅩⅭⅨ",
];

const NUMBERS: &[&str] = &[
    "0",
    "-1",
    "1",
    "2",
    "00000000000000000001",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "99999999999999999999999999",
    "1e309",
    "-1e309",
    "0x10",
    "1.5",
    "1,000,000",
    "inf",
    "NaN",
    "1_000",
];

/// Dates typed every way, chrono's first and last days among them.
const DATES: &[&str] = &[
    "+262142-12-31",
    "+262142-12-31T23:59",
    "-262143-01-01",
    "-262143-01-01T00:00",
    "+262143-12-31",
    "0000-01-01",
    "0001-01-01T00:00",
    "9999-12-31T23:59:59",
    "2026-02-30",
    "2026-13-01",
    "2026-01-01T24:00",
    "1969-12-31T23:59:59Z",
    "2027-01-31",
];

const ORIGINS: &[&[u8]] = &[
    b"https://evil.example",
    b"null",
    b"http://127.0.0.1",
    b"\xff",
];

const SITES: &[&[u8]] = &[b"cross-site", b"same-site", b"none", b"\x80"];

/// Ways out of `static/`, raw and encoded.
const TRAVERSALS: &[&[u8]] = &[
    b"/static/../Cargo.toml",
    b"/static/..%2fCargo.toml",
    b"/static/%2e%2e/Cargo.toml",
    b"/static/%2e%2e%2fCargo.toml",
    b"/static/..%5cCargo.toml",
    b"/static/....//....//Cargo.toml",
    b"/static/%252e%252e/Cargo.toml",
    b"/static//etc/passwd",
    b"/static/%2fetc%2fpasswd",
    b"/static/../../../../../../etc/passwd",
    b"/static/%c0%ae%c0%ae/Cargo.toml",
    b"/../Cargo.toml",
    b"/static/..\\Cargo.toml",
];

pub struct Gen {
    rng: StdRng,
}

impl Gen {
    pub fn new(seed: u64, index: u64) -> Gen {
        let mixed = seed ^ index.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        Gen {
            rng: StdRng::seed_from_u64(mixed),
        }
    }

    fn chance(&mut self, p: f64) -> bool {
        self.rng.random_bool(p)
    }

    fn below(&mut self, n: usize) -> usize {
        self.rng.random_range(0..n.max(1))
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn unicode(&mut self, max: usize) -> String {
        let ranges: &[(u32, u32)] = &[
            (0x20, 0x7e),
            (0x0, 0x1f),
            (0x80, 0x2ff),
            (0x370, 0x52f),
            (0x590, 0x6ff),
            (0x2000, 0x206f),
            (0x4e00, 0x9fff),
            (0xd7b0, 0xd7ff),
            (0xe000, 0xf8ff),
            (0xfe00, 0xffff),
            (0x1f300, 0x1faff),
            (0xe0000, 0x10ffff),
        ];
        let len = self.below(max + 1);
        (0..len)
            .filter_map(|_| {
                let (lo, hi) = *self.pick(ranges);
                char::from_u32(self.rng.random_range(lo..=hi))
            })
            .collect()
    }

    fn ascii(&mut self, max: usize) -> String {
        let len = self.below(max + 1);
        (0..len)
            .map(|_| char::from(self.rng.random_range(0x20u8..0x7f)))
            .collect()
    }

    fn huge(&mut self) -> String {
        let unit = self
            .pick(&["a", "é", "李", "😀", "<>&\"'", "\u{0}", " ", "%"])
            .to_string();
        let len = self.rng.random_range(1_000..20_000);
        unit.repeat(len / unit.len().max(1))
    }

    /// A value for a field whose valid sample is `sample`.
    pub fn value(&mut self, sample: &str) -> String {
        let is_date = sample.len() >= 10 && sample.as_bytes()[4] == b'-';
        if is_date && self.chance(0.3) {
            return self.pick(DATES).to_string();
        }
        match self.below(100) {
            0..=29 => sample.to_owned(),
            30..=37 => String::new(),
            38..=52 => self.pick(NASTY).to_string(),
            53..=64 => self.unicode(40),
            65..=74 => self.ascii(60),
            75..=81 => {
                let mut chars: Vec<char> = sample.chars().collect();
                let at = self.below(chars.len() + 1);
                let extra = self.unicode(3);
                if self.chance(0.5) {
                    chars.truncate(at);
                } else {
                    for (i, c) in extra.chars().enumerate() {
                        chars.insert(at + i, c);
                    }
                }
                chars.into_iter().collect()
            }
            82..=87 => self.pick(NUMBERS).to_string(),
            88..=93 => self.pick(DATES).to_string(),
            94..=97 => self.huge(),
            _ => format!("{sample}{}", self.pick(NASTY)),
        }
    }

    /// Field pairs for a form or query: most fields, some left out, some repeated, some
    /// unknown.
    fn pairs(&mut self, fields: &[(&str, &str)]) -> Vec<(String, String)> {
        if self.chance(0.4) {
            // Every field valid but one, to get past the first check to the ones behind it.
            let odd = self.below(fields.len());
            return fields
                .iter()
                .enumerate()
                .map(|(i, (name, sample))| {
                    let value = if i == odd {
                        self.value(sample)
                    } else {
                        (*sample).to_owned()
                    };
                    ((*name).to_owned(), value)
                })
                .collect();
        }
        let mut pairs = Vec::new();
        for (name, sample) in fields {
            if self.chance(0.85) {
                pairs.push(((*name).to_owned(), self.value(sample)));
            }
            if self.chance(0.05) {
                pairs.push(((*name).to_owned(), self.value(sample)));
            }
        }
        if self.chance(0.1) {
            let name = if self.chance(0.5) {
                self.unicode(10)
            } else {
                self.ascii(10)
            };
            pairs.push((name, self.value("x")));
        }
        if self.chance(0.1) {
            let len = pairs.len();
            for _ in 0..len {
                let (a, b) = (self.below(len), self.below(len));
                pairs.swap(a, b);
            }
        }
        pairs
    }

    fn encode(pairs: &[(String, String)]) -> Vec<u8> {
        url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish()
            .into_bytes()
    }

    /// Breaks an encoding: bad escapes, invalid UTF-8, stray separators, truncation.
    fn mangle(&mut self, mut bytes: Vec<u8>, raw_bytes: bool) -> Vec<u8> {
        let broken: &[&[u8]] = &[
            b"%",
            b"%G1",
            b"%FF%FE",
            b"%C0%AF",
            b"%ED%A0%80",
            b"%F4%90%80%80",
            b"&&==&",
            b"=",
            b"&csrf",
            b"%00",
            b"+%2B+",
            b";",
        ];
        for _ in 0..=self.below(3) {
            let at = self.below(bytes.len() + 1);
            let piece = self.pick(broken).to_vec();
            insert(&mut bytes, at, &piece);
        }
        if raw_bytes && self.chance(0.3) {
            let at = self.below(bytes.len() + 1);
            let junk: Vec<u8> = (0..self.below(8) + 1).map(|_| self.rng.random()).collect();
            insert(&mut bytes, at, &junk);
        }
        if self.chance(0.2) {
            let cut = self.below(bytes.len() + 1);
            bytes.truncate(cut);
        }
        bytes
    }

    /// A path segment for `{placeholder}`, percent-encoded (or raw, for a raw request).
    fn segment(&mut self, placeholder: &str, known: &Known, raw: bool) -> Vec<u8> {
        let valid = known.values(placeholder);
        let text = match self.below(100) {
            0..=64 => self.pick(&valid).clone(),
            65..=74 => self.pick(NUMBERS).to_string(),
            75..=84 => self.pick(NASTY).to_string(),
            85..=92 => self.unicode(20),
            93..=95 => "x".repeat(self.rng.random_range(100..9_000)),
            _ => {
                let mut token = self.pick(&valid).clone();
                token.push('A');
                token
            }
        };
        let mut encoded = percent_encode(text.as_bytes());
        if self.chance(0.1) {
            let tricks: &[&[u8]] = &[
                b"%2F",
                b"%2e%2e%2F",
                b"..%2F",
                b"%FF",
                b"%",
                b"%C0%AE%C0%AE/",
                b"%252e",
                b";x=1",
            ];
            let at = self.below(encoded.len() + 1);
            let trick = self.pick(tricks).to_vec();
            insert(&mut encoded, at, &trick);
        }
        if raw && self.chance(0.2) {
            let tricks: &[&[u8]] = &[b"../", b"..", b"\xff\xfe", b"//", b"/./", b"\\..\\", b" "];
            let at = self.below(encoded.len() + 1);
            let trick = self.pick(tricks).to_vec();
            insert(&mut encoded, at, &trick);
        }
        encoded
    }

    fn target(&mut self, route: &Route, known: &Known, raw: bool) -> Vec<u8> {
        let mut target = Vec::new();
        for (i, part) in route.path.split('/').enumerate() {
            if i > 0 {
                target.push(b'/');
            }
            match part.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
                Some(placeholder) => target.extend(self.segment(placeholder, known, raw)),
                None => {
                    // `{slug}.json` is one segment with a placeholder inside.
                    if let Some(rest) = part.strip_prefix("{slug}") {
                        target.extend(self.segment("slug", known, raw));
                        target.extend(rest.as_bytes());
                    } else {
                        target.extend(part.as_bytes());
                    }
                }
            }
        }
        if (!route.query.is_empty() && self.chance(0.8)) || self.chance(0.1) {
            let pairs = self.pairs(route.query);
            let mut query = Self::encode(&pairs);
            if self.chance(0.15) {
                query = self.mangle(query, raw);
            }
            if self.chance(0.01) {
                query.extend(b"&q=".iter().chain(self.huge().as_bytes()));
            }
            target.push(b'?');
            target.extend(query);
        }
        if !raw {
            target.retain(|b| b.is_ascii_graphic());
        }
        target
    }

    fn form_body(
        &mut self,
        route: &Route,
        fields: &[(&str, &str)],
        csrf: Option<&str>,
        raw: bool,
    ) -> Vec<u8> {
        let mut pairs = self.pairs(fields);
        if let Some(csrf) = csrf {
            let at = self.below(pairs.len() + 1);
            pairs.insert(at, ("csrf".to_owned(), csrf.to_owned()));
        } else if route.is_staff() && self.chance(0.3) {
            pairs.push(("csrf".to_owned(), self.value("x")));
        }
        let body = Self::encode(&pairs);
        match self.below(100) {
            0..=74 => body,
            75..=86 => self.mangle(body, raw),
            87..=91 => {
                let map: serde_json::Map<String, serde_json::Value> = pairs
                    .into_iter()
                    .map(|(k, v)| (k, serde_json::Value::String(v)))
                    .collect();
                serde_json::Value::Object(map).to_string().into_bytes()
            }
            92..=96 => (0..self.below(300)).map(|_| self.rng.random()).collect(),
            _ => Vec::new(),
        }
    }

    fn content_type(&mut self) -> Option<Vec<u8>> {
        let types: &[&[u8]] = &[
            b"application/json",
            b"text/plain",
            b"multipart/form-data; boundary=xyz",
            b"application/x-www-form-urlencoded; charset=iso-8859-1",
            b"application/x-www-form-urlencoded; charset=\"utf-8\"; x=",
            b"application/x-www-form-urlencoded,application/json",
            b"*/*",
            b";;;",
            b"\xff\xfe",
        ];
        match self.below(100) {
            0..=84 => Some(b"application/x-www-form-urlencoded".to_vec()),
            85..=89 => None,
            _ => Some(self.pick(types).to_vec()),
        }
    }

    fn abuse_headers(&mut self, headers: &mut Vec<(String, Vec<u8>)>, known: &Known) {
        let count = self.below(3) + 1;
        for _ in 0..count {
            match self.below(15) {
                0 => {
                    let value = match self.below(5) {
                        0 => format!("missive-staff={}", self.ascii(200).replace([';', ' '], "")),
                        1 => format!("missive-staff={}", "A".repeat(4000)),
                        2 => "missive-staff=; missive-staff=x; =; ;;".to_owned(),
                        3 => (0..100).map(|i| format!("c{i}=v;")).collect(),
                        _ => format!("{}; missive-staff={}", known.raw_cookie, self.ascii(20)),
                    };
                    headers.push(("cookie".into(), value.into_bytes()));
                }
                1 => {
                    let size = *self.pick(&[17_000usize, 40_000, 100_000]);
                    headers.push(("x-huge".into(), vec![b'h'; size]));
                }
                2 => {
                    for i in 0..self.rng.random_range(65..120) {
                        headers.push((format!("x-many-{i}"), b"1".to_vec()));
                    }
                }
                3 => {
                    let origin = self.pick(ORIGINS).to_vec();
                    headers.push(("origin".into(), origin));
                }
                4 => {
                    let site = self.pick(SITES).to_vec();
                    headers.push(("sec-fetch-site".into(), site));
                }
                5 => {
                    let xff = self.pick(&["1.2.3.4, ::1", "garbage", "", "999.1.1.1", "[::1]:80"]);
                    headers.push(("x-forwarded-for".into(), xff.as_bytes().to_vec()));
                }
                6 => {
                    let ae = self.pick(&[
                        "gzip",
                        "br;q=1, *;q=0",
                        "identity;q=0",
                        "x\u{7f}",
                        "gzip, gzip, gzip",
                    ]);
                    headers.push(("accept-encoding".into(), ae.as_bytes().to_vec()));
                }
                7 => {
                    let tag = self.pick(&["*", "\"x\"", "W/\"", "\"\"", ",,,", "\u{ff}"]);
                    headers.push(("if-none-match".into(), tag.as_bytes().to_vec()));
                }
                8 => {
                    let host = self.pick(&[
                        "evil.example",
                        "",
                        "127.0.0.1:99999",
                        "[::1",
                        "a b",
                        "é.example",
                    ]);
                    headers.push(("host".into(), host.as_bytes().to_vec()));
                }
                9 => {
                    let auth = match self.below(4) {
                        0 => "Bearer".to_owned(),
                        1 => format!("Bearer {}", self.ascii(60)),
                        2 => "Basic YWRtaW46YWRtaW4=".to_owned(),
                        _ => format!("bearer  {}x", known.api_token),
                    };
                    headers.push(("authorization".into(), auth.into_bytes()));
                }
                10 => headers.push(("osdi-api-token".into(), self.ascii(50).into_bytes())),
                11 => {
                    let range =
                        self.pick(&["bytes=0-0", "bytes=-1", "bytes=99999999999-", "lines=1-2"]);
                    headers.push(("range".into(), range.as_bytes().to_vec()));
                }
                12 => {
                    let accept =
                        self.pick(&["application/json", "*/*;q=x", "text/html;level=99999999999"]);
                    headers.push(("accept".into(), accept.as_bytes().to_vec()));
                }
                13 => headers.push(("expect".into(), b"100-continue".to_vec())),
                _ => {
                    let name = format!(
                        "x-{}",
                        self.ascii(10)
                            .replace(|c: char| !c.is_ascii_alphanumeric(), "")
                    );
                    let value: Vec<u8> = (0..self.below(50))
                        .map(|_| self.rng.random_range(0x80u8..=0xff))
                        .collect();
                    headers.push((name, value));
                }
            }
        }
    }

    /// The request number `index` of a run.
    pub fn request(&mut self, known: &Known) -> Request {
        let weights: u32 = ROUTES.iter().map(|r| r.weight).sum();
        let mut roll = self.rng.random_range(0..weights);
        let route_index = ROUTES
            .iter()
            .position(|r| {
                if roll < r.weight {
                    true
                } else {
                    roll -= r.weight;
                    false
                }
            })
            .unwrap_or(0);
        let route = ROUTES[route_index];
        let transport = if self.chance(0.2) {
            Transport::Raw
        } else {
            Transport::Client
        };
        let raw = transport == Transport::Raw;
        let session = if (route.is_staff() && self.chance(0.75)) || self.chance(0.05) {
            Session::Staff
        } else {
            Session::Anonymous
        };
        let method = match self.below(100) {
            0..=89 => route.method.to_owned(),
            _ => self
                .pick(&[
                    "GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE",
                ])
                .to_string(),
        };
        let target = self.target(&route, known, raw);
        let mut headers: Vec<(String, Vec<u8>)> = Vec::new();
        if route.is_api() {
            match self.below(4) {
                0 | 1 => headers.push((
                    "authorization".into(),
                    format!("Bearer {}", known.api_token).into_bytes(),
                )),
                2 => headers.push((
                    "osdi-api-token".into(),
                    known.api_token.clone().into_bytes(),
                )),
                _ => {}
            }
        }
        if raw && session == Session::Staff {
            headers.push(("cookie".into(), known.raw_cookie.clone().into_bytes()));
        }
        let csrf = match (session, raw) {
            _ if route.path == "/staff/logout" => None,
            (Session::Staff, false) if self.chance(0.85) => Some(known.csrf.as_str()),
            (Session::Staff, true) if self.chance(0.85) => Some(known.raw_csrf.as_str()),
            _ => None,
        };
        let mut oversized = false;
        let body = match route.body {
            Body::Form(fields) if method != "GET" && method != "HEAD" || self.chance(0.05) => {
                if let Some(ct) = self.content_type() {
                    headers.push(("content-type".into(), ct));
                }
                if self.chance(0.01) {
                    oversized = true;
                    let size = self.rng.random_range(130_000..600_000);
                    let mut body = b"full_name=".to_vec();
                    body.resize(size, b'a');
                    body
                } else {
                    self.form_body(&route, fields, csrf, raw)
                }
            }
            _ if self.chance(0.05) => (0..self.below(200)).map(|_| self.rng.random()).collect(),
            _ => Vec::new(),
        };
        if self.chance(0.2) {
            self.abuse_headers(&mut headers, known);
        }
        if !raw {
            // hyper takes a `100 Continue` for the answer and leaves the real one on the
            // connection for the next request: only raw requests carry `Expect`.
            headers.retain(|(name, _)| name != "expect");
            for (_, value) in &mut headers {
                value.retain(|b| *b == b'\t' || (0x20..0x7f).contains(b) || *b >= 0x80);
            }
        }
        Request {
            route: route_index,
            transport,
            session,
            method,
            target,
            headers,
            body,
            oversized,
        }
    }

    /// Raw request bytes for `request`: the request line, headers and body, with the
    /// framing sometimes broken on purpose.
    pub fn raw_bytes(&mut self, request: &Request) -> Vec<u8> {
        let method: Vec<u8> = match self.below(100) {
            0..=89 => request.method.clone().into_bytes(),
            90..=93 => request.method.to_lowercase().into_bytes(),
            94..=96 => vec![b'G'; 300],
            _ => b"G\0ET".to_vec(),
        };
        let target: Vec<u8> = match self.below(100) {
            0..=84 => request.target.clone(),
            85..=89 => self.pick(TRAVERSALS).to_vec(),
            90..=92 => b"http://evil.example/campaigns/british-values".to_vec(),
            93..=94 => b"*".to_vec(),
            95..=96 => {
                let mut t = b"/".to_vec();
                t.extend((0..self.below(40)).map(|_| self.rng.random::<u8>()));
                t
            }
            _ => Vec::new(),
        };
        let version: &[u8] = match self.below(100) {
            0..=79 => b"HTTP/1.1",
            80..=89 => b"HTTP/1.0",
            90..=93 => b"HTTP/2.0",
            94..=96 => b"HTTP/1.1 extra",
            _ => b"",
        };
        let eol: &[u8] = if self.chance(0.05) { b"\n" } else { b"\r\n" };
        let mut out = Vec::new();
        out.extend(&method);
        out.push(b' ');
        out.extend(&target);
        if !version.is_empty() {
            out.push(b' ');
            out.extend(version);
        }
        out.extend(eol);
        let line = |out: &mut Vec<u8>, name: &[u8], value: &[u8]| {
            out.extend(name);
            out.extend(b": ");
            out.extend(value);
            out.extend(eol);
        };
        if !request.headers.iter().any(|(n, _)| n == "host") && self.chance(0.95) {
            line(&mut out, b"host", b"127.0.0.1");
        }
        line(&mut out, b"connection", b"close");
        for (name, value) in &request.headers {
            line(&mut out, name.as_bytes(), value);
        }
        let body = &request.body;
        let mut chunked = false;
        match self.below(100) {
            0..=74 => line(
                &mut out,
                b"content-length",
                body.len().to_string().as_bytes(),
            ),
            75..=79 => {}
            80..=82 => line(
                &mut out,
                b"content-length",
                (body.len() + 10).to_string().as_bytes(),
            ),
            83..=84 => line(&mut out, b"content-length", b"-1"),
            85..=86 => line(&mut out, b"content-length", b"99999999999999999999999"),
            87..=88 => {
                line(
                    &mut out,
                    b"content-length",
                    body.len().to_string().as_bytes(),
                );
                line(&mut out, b"content-length", b"0");
            }
            89..=94 => {
                line(&mut out, b"transfer-encoding", b"chunked");
                chunked = true;
            }
            95..=96 => {
                line(&mut out, b"transfer-encoding", b"chunked");
                line(
                    &mut out,
                    b"content-length",
                    body.len().to_string().as_bytes(),
                );
                chunked = true;
            }
            _ => line(&mut out, b"transfer-encoding", b"gzip, chunked, identity"),
        }
        if self.chance(0.05) {
            let bad: &[&[u8]] = &[
                b"no colon here",
                b" folded: continuation",
                b"bad name: x",
                b"x-nul: a\0b",
                b": empty name",
                b"x-cr: a\rb",
            ];
            out.extend(self.pick(bad).to_vec());
            out.extend(eol);
        }
        out.extend(eol);
        if chunked {
            match self.below(4) {
                0 => {
                    out.extend(format!("{:x}\r\n", body.len()).as_bytes());
                    out.extend(body);
                    out.extend(b"\r\n0\r\n\r\n");
                }
                1 => {
                    out.extend(b"zz\r\n");
                    out.extend(body);
                }
                2 => {
                    out.extend(b"ffffffffffffffffff\r\n");
                    out.extend(body);
                }
                _ => {
                    out.extend(format!("{:x};ext=1\r\n", body.len() + 5).as_bytes());
                    out.extend(body);
                    out.extend(b"\r\n");
                }
            }
        } else {
            out.extend(body);
        }
        if self.chance(0.05) {
            let cut = self.below(out.len() + 1);
            out.truncate(cut);
        }
        out
    }
}

fn insert(bytes: &mut Vec<u8>, at: usize, piece: &[u8]) {
    let tail = bytes.split_off(at.min(bytes.len()));
    bytes.extend_from_slice(piece);
    bytes.extend(tail);
}

/// Percent-encodes everything but unreserved characters.
pub fn percent_encode(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    for &b in bytes {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b);
        } else {
            out.extend(format!("%{b:02X}").as_bytes());
        }
    }
    out
}
