//! `docs/openapi.json`, loaded for the tests: each response is checked against the status,
//! content type and schema the document gives for its operation. OpenAPI 3.0 schemas are
//! turned into JSON Schema 2020-12 first (`nullable` becomes a `null` type; references
//! under `#/components/schemas` become `$defs`), then validated with `jsonschema`.

use std::collections::BTreeSet;
use std::sync::Mutex;

use serde_json::{Map, Value};

pub struct OpenApi {
    pub doc: Value,
    /// (method, path template, status) seen so far; the method in lower case.
    pub seen: Mutex<BTreeSet<(String, String, u16)>>,
}

/// An OpenAPI 3.0 schema as a JSON Schema 2020-12 one.
fn json_schema(schema: &Value) -> Value {
    match schema {
        Value::Object(map) => {
            let mut out = Map::new();
            for (key, value) in map {
                match key.as_str() {
                    "nullable" | "example" => {}
                    "$ref" => {
                        let target = value.as_str().expect("$ref is text");
                        let name = target
                            .strip_prefix("#/components/schemas/")
                            .unwrap_or_else(|| panic!("unsupported $ref {target}"));
                        out.insert(key.clone(), Value::String(format!("#/$defs/{name}")));
                    }
                    _ => {
                        out.insert(key.clone(), json_schema(value));
                    }
                }
            }
            if map.get("nullable") == Some(&Value::Bool(true)) {
                if let Some(kind) = out.get("type").cloned() {
                    out.insert("type".into(), serde_json::json!([kind, "null"]));
                }
                if let Some(Value::Array(values)) = out.get_mut("enum") {
                    values.push(Value::Null);
                }
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(json_schema).collect()),
        other => other.clone(),
    }
}

impl OpenApi {
    pub fn load() -> OpenApi {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/openapi.json");
        let text = std::fs::read_to_string(path).expect("docs/openapi.json");
        OpenApi {
            doc: serde_json::from_str(&text).expect("openapi.json is JSON"),
            seen: Mutex::default(),
        }
    }

    fn definitions(&self) -> Value {
        json_schema(&self.doc["components"]["schemas"])
    }

    /// Every component schema as a JSON Schema, with the others beside it.
    pub fn component(&self, name: &str) -> Value {
        serde_json::json!({ "$ref": format!("#/$defs/{name}"), "$defs": self.definitions() })
    }

    /// The documented response for `method template` with `status`.
    pub fn response(&self, method: &str, template: &str, status: u16) -> &Value {
        let method = method.to_lowercase();
        let response = &self.doc["paths"][template][&method]["responses"][status.to_string()];
        assert!(
            response.is_object(),
            "{method} {template} → {status} is not in docs/openapi.json"
        );
        response
    }

    /// Checks a response against the document: its status is documented, and so are its
    /// required headers, its content type and, validated, its body. Returns the body as
    /// JSON (`Null` when empty).
    pub fn check(
        &self,
        method: &str,
        template: &str,
        status: u16,
        headers: &reqwest::header::HeaderMap,
        body: &[u8],
    ) -> Value {
        self.seen
            .lock()
            .unwrap()
            .insert((method.to_lowercase(), template.to_owned(), status));
        let response = self.response(method, template, status);
        let documented_headers = response["headers"].as_object().cloned().unwrap_or_default();
        for (name, header) in documented_headers {
            let value = headers.get(name.as_str()).and_then(|v| v.to_str().ok());
            if header["required"] == Value::Bool(true) {
                assert!(
                    value.is_some(),
                    "{method} {template} → {status} lacks the header {name}"
                );
            }
            let (Some(value), Some(schema)) = (value, header.get("schema")) else {
                continue;
            };
            let instance = match schema["type"].as_str() {
                Some("integer") => serde_json::json!(value.parse::<i64>().expect("a number")),
                _ => Value::String(value.to_owned()),
            };
            let validator = jsonschema::draft202012::new(&json_schema(schema)).expect("schema");
            assert!(
                validator.is_valid(&instance),
                "{method} {template} → {status}: header {name}: {value} does not match {schema}"
            );
        }
        let content_type = headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let Some(content) = response.get("content") else {
            assert!(body.is_empty(), "{method} {template} → {status} has a body");
            return Value::Null;
        };
        let media = content_type.split(';').next().unwrap_or("").trim();
        let schema = &content[media]["schema"];
        assert!(
            schema.is_object(),
            "{method} {template} → {status} as {media} is not documented"
        );
        let body: Value = serde_json::from_slice(body).expect("a JSON body");
        let root =
            serde_json::json!({ "allOf": [json_schema(schema)], "$defs": self.definitions() });
        let validator = jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&root)
            .expect("schema compiles");
        let errors: Vec<String> = validator
            .iter_errors(&body)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        assert!(
            errors.is_empty(),
            "{method} {template} → {status} does not match docs/openapi.json:\n{}\n{body:#}",
            errors.join("\n")
        );
        body
    }

    /// Every (method, path template, status) the document lists.
    pub fn documented(&self) -> BTreeSet<(String, String, u16)> {
        let mut all = BTreeSet::new();
        for (path, item) in self.doc["paths"].as_object().expect("paths") {
            for (method, operation) in item.as_object().expect("path item") {
                for status in operation["responses"]
                    .as_object()
                    .expect("responses")
                    .keys()
                {
                    let status = status.parse().expect("numeric status");
                    all.insert((method.clone(), path.clone(), status));
                }
            }
        }
        all
    }
}
