//! Encoding rows as CSV (UTF-8, a header row, formula cells neutralised) or as one JSON
//! array of objects, page by page: each call returns the bytes to send next.

use std::borrow::Cow;
use std::io::Write;

use super::{neutralise, Cell, ExportError, Format};

/// Turns pages of rows into the bytes of one CSV or JSON document.
pub struct Encoder {
    format: Format,
    columns: &'static [&'static str],
    rows: u64,
    /// The size of the last page, to size the next one's buffer.
    page_bytes: usize,
}

impl Encoder {
    pub fn new(format: Format, columns: &'static [&'static str]) -> Encoder {
        Encoder {
            format,
            columns,
            rows: 0,
            page_bytes: 16 * 1024,
        }
    }

    /// The opening bytes: the CSV header row, or `[`.
    pub fn start(&self) -> Result<Vec<u8>, ExportError> {
        match self.format {
            Format::Csv => {
                let mut csv = csv_writer(1024);
                csv.write_record(self.columns.iter().map(|c| neutralise(c).into_owned()))?;
                csv_bytes(csv)
            }
            Format::Json => Ok(b"[".to_vec()),
        }
    }

    /// The bytes of one page: each row's cells one after another, a cell per column.
    pub fn page(&mut self, cells: &[Cell]) -> Result<Vec<u8>, ExportError> {
        let rows = cells.chunks_exact(self.columns.len().max(1));
        let capacity = self.page_bytes + self.page_bytes / 8;
        let out = match self.format {
            Format::Csv => {
                let mut csv = csv_writer(capacity);
                for row in rows {
                    for cell in row {
                        csv.write_field(csv_cell(cell).as_bytes())?;
                    }
                    csv.write_record(None::<&[u8]>)?;
                    self.rows += 1;
                }
                csv_bytes(csv)?
            }
            Format::Json => {
                let mut out = Vec::with_capacity(capacity);
                for row in rows {
                    out.extend_from_slice(if self.rows == 0 { b"\n" } else { b",\n" });
                    self.json_object(&mut out, row)?;
                    self.rows += 1;
                }
                out
            }
        };
        self.page_bytes = out.len();
        Ok(out)
    }

    /// The closing bytes: nothing for CSV, `]` for JSON.
    pub fn finish(&self) -> Vec<u8> {
        match self.format {
            Format::Csv => Vec::new(),
            Format::Json if self.rows == 0 => b"]\n".to_vec(),
            Format::Json => b"\n]\n".to_vec(),
        }
    }

    fn json_object(&self, out: &mut Vec<u8>, row: &[Cell]) -> Result<(), ExportError> {
        out.push(b'{');
        for (i, (column, cell)) in self.columns.iter().zip(row).enumerate() {
            if i > 0 {
                out.push(b',');
            }
            serde_json::to_writer(&mut *out, column)?;
            out.push(b':');
            match cell {
                Cell::Text(text) => serde_json::to_writer(&mut *out, text)?,
                Cell::Shared(text) => serde_json::to_writer(&mut *out, &**text)?,
                Cell::Int(n) => write!(out, "{n}")?,
                Cell::Number(x) => serde_json::to_writer(&mut *out, x)?,
                Cell::Null => out.extend_from_slice(b"null"),
            }
        }
        out.push(b'}');
        Ok(())
    }
}

fn csv_writer(capacity: usize) -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::with_capacity(capacity))
}

fn csv_bytes(csv: csv::Writer<Vec<u8>>) -> Result<Vec<u8>, ExportError> {
    csv.into_inner()
        .map_err(|e| ExportError::Encode(e.error().to_string()))
}

fn csv_cell(cell: &Cell) -> Cow<'_, str> {
    match cell {
        Cell::Text(text) => neutralise(text),
        Cell::Shared(text) => neutralise(text),
        Cell::Int(n) => Cow::Owned(neutralise(&n.to_string()).into_owned()),
        Cell::Number(x) => Cow::Owned(neutralise(&x.to_string()).into_owned()),
        Cell::Null => Cow::Borrowed(""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_has_a_header_and_quotes_where_needed() {
        let mut encoder = Encoder::new(Format::Csv, &["name", "count", "share"]);
        let mut bytes = encoder.start().unwrap();
        let rows = [
            Cell::Text("=1+1".into()),
            Cell::Int(3),
            Cell::Number(0.5),
            Cell::Shared("a, \"b\"\nc".into()),
            Cell::Int(-1),
            Cell::Null,
        ];
        bytes.extend(encoder.page(&rows).unwrap());
        bytes.extend(encoder.finish());
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            "name,count,share\n'=1+1,3,0.5\n\"a, \"\"b\"\"\nc\",'-1,\n"
        );
    }

    #[test]
    fn json_is_one_array_of_objects() {
        let mut encoder = Encoder::new(Format::Json, &["name", "n", "x"]);
        let mut bytes = encoder.start().unwrap();
        bytes.extend(
            encoder
                .page(&[Cell::Text("=a\"".into()), Cell::Int(2), Cell::Null])
                .unwrap(),
        );
        bytes.extend(
            encoder
                .page(&[Cell::Shared("b".into()), Cell::Int(3), Cell::Number(0.25)])
                .unwrap(),
        );
        bytes.extend(encoder.finish());
        let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(
            value,
            serde_json::json!([{"name": "=a\"", "n": 2, "x": null}, {"name": "b", "n": 3, "x": 0.25}])
        );
        let empty = Encoder::new(Format::Json, &["a"]);
        let mut bytes = empty.start().unwrap();
        bytes.extend(empty.finish());
        assert_eq!(bytes, b"[]\n");
    }
}
