//! Reads a published letter pasted as plain text (as a newspaper's web page copies) into
//! its parts: kicker, headline, photo caption, author, body and attribution. It proposes;
//! the organiser checks every part in the campaign form before anything is saved.

/// The parts found in a pasted letter. Anything not found is `None` (or empty).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PastedLetter {
    pub kicker: Option<String>,
    pub headline: Option<String>,
    /// Short lines between the headline and the author, after kicker and headline.
    pub summary: Option<String>,
    pub caption: Option<String>,
    pub credit: Option<String>,
    pub licence: Option<String>,
    pub author_name: Option<String>,
    pub author_role: Option<String>,
    /// Paragraphs separated by blank lines; short lines between them as `## ` subheadings.
    pub body_markdown: String,
    pub attribution: Option<String>,
}

/// Lines at most this long may be titles, author lines or subheadings.
const SHORT: usize = 120;

/// Splits `text` into the letter's parts. Never fails: at worst everything is body.
pub fn parse(text: &str) -> PastedLetter {
    let mut letter = PastedLetter::default();
    let mut lines = clean_lines(text);
    if lines.last().is_some_and(|l| is_attribution(l)) {
        letter.attribution = lines.pop();
    }
    if let Some(at) = lines.iter().position(|l| photo(l).is_some()) {
        let line = lines.remove(at);
        lines.retain(|l| *l != line);
        if let Some((caption, credit, licence)) = photo(&line) {
            (letter.caption, letter.credit, letter.licence) = (caption, credit, licence);
        }
    }
    // The header ends at the author line after the titles, else at the first paragraph.
    let first_paragraph = lines.iter().position(|l| is_paragraph(l));
    let search_end = first_paragraph.unwrap_or(lines.len()).min(6);
    let author_at = (1..search_end).find(|&i| author(&lines[i]).is_some());
    let header_end = author_at.or(first_paragraph).unwrap_or(0);
    let mut titles = lines.drain(..header_end).collect::<Vec<_>>().into_iter();
    if author_at.is_some() {
        (letter.author_name, letter.author_role) = author(&lines.remove(0)).unwrap_or_default();
    } else if let Some((at, name, role)) = sign_off(&lines) {
        lines.truncate(at);
        (letter.author_name, letter.author_role) = (Some(name), role);
    }
    if titles.len() >= 2 {
        letter.kicker = titles.next();
    }
    letter.headline = titles.next();
    let rest = titles.collect::<Vec<_>>().join(" ");
    letter.summary = (!rest.is_empty()).then_some(rest);
    letter.body_markdown = body(&lines);
    letter
}

/// Non-empty lines, trimmed, with "(Click to enlarge…)" debris removed and consecutive
/// repeats dropped.
fn clean_lines(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for raw in text.trim_start_matches('\u{feff}').lines() {
        let line = strip_debris(raw);
        let line = line.trim_matches(|c: char| c.is_whitespace());
        if !line.is_empty() && lines.last().map(String::as_str) != Some(line) {
            lines.push(line.to_owned());
        }
    }
    lines
}

/// Removes "(Click to enlarge: opens in new window)", or "Click to enlarge" to the end of
/// the line, from a line.
fn strip_debris(line: &str) -> String {
    let Some(start) = line.to_ascii_lowercase().find("click to enlarge") else {
        return line.to_owned();
    };
    let before = line[..start].trim_end();
    match before.strip_suffix('(') {
        Some(open) => {
            let end = line[start..]
                .find(')')
                .map_or(line.len(), |c| start + c + 1);
            format!("{open}{}", &line[end..])
        }
        None => line[..start].to_owned(),
    }
}

fn is_attribution(line: &str) -> bool {
    let lower = line.to_lowercase();
    lower.starts_with("a version of this letter")
        || ["appeared in", "first published in", "was published in"]
            .iter()
            .any(|p| lower.contains(p) && line.len() <= 200)
}

/// "Caption, photo by Credit (Licence)" → caption, credit, licence.
type Photo = (Option<String>, Option<String>, Option<String>);

fn photo(line: &str) -> Option<Photo> {
    if line.chars().count() > 200 {
        return None;
    }
    let lower = line.to_ascii_lowercase();
    let (caption, rest) = ["photo by ", "photograph by ", "photo: ", "photograph: "]
        .iter()
        .find_map(|marker| {
            let at = lower.find(marker)?;
            let before = line[..at].trim_end();
            (at == 0 || before.ends_with([',', '.', '|', '–', '-']))
                .then(|| (before, &line[at + marker.len()..]))
        })?;
    let caption = caption.trim_end_matches([',', '.', '|', '–', '-']).trim();
    let rest = rest.trim();
    if rest.chars().count() > 80 {
        return None;
    }
    let (credit, licence) = match (rest.strip_suffix(')'), rest.rfind('(')) {
        (Some(inner), Some(open)) => (rest[..open].trim(), Some(inner[open + 1..].trim())),
        _ => (rest, None),
    };
    let some = |s: &str| (!s.is_empty()).then(|| s.to_owned());
    Some((some(caption), some(credit), licence.and_then(some)))
}

/// "Name, Role, Organisation" → name, "Role, Organisation".
fn author(line: &str) -> Option<(Option<String>, Option<String>)> {
    let line = line.strip_prefix("By ").unwrap_or(line);
    if line.chars().count() > SHORT || ends_sentence(line) {
        return None;
    }
    let (name, role) = line.split_once(", ")?;
    let words: Vec<&str> = name.split_whitespace().collect();
    let name_like = (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && !w.chars().any(|c| c.is_numeric())
        });
    name_like.then(|| (Some(name.trim().to_owned()), Some(role.trim().to_owned())))
}

/// Lines that close a letter before the signature ("Yours sincerely,").
const VALEDICTIONS: [&str; 9] = [
    "yours sincerely",
    "yours faithfully",
    "yours truly",
    "yours",
    "sincerely",
    "kind regards",
    "best regards",
    "regards",
    "best wishes",
];

fn is_valediction(line: &str) -> bool {
    let bare = line.trim_end_matches([',', '.']).trim().to_lowercase();
    VALEDICTIONS.contains(&bare.as_str())
}

/// The author signing off at the end, over up to four lines: an optional "Yours
/// sincerely,", then "Name, Role" or "Name" with the role on the next one or two lines
/// ("Dr Amara Okonkwo, Chair,\nFriends of the Earth"). The line where it starts (at least
/// one line of the letter stays before it), the name and the role. A name alone counts only
/// after a valediction: a short last line may as well be a slogan.
fn sign_off(lines: &[String]) -> Option<(usize, String, Option<String>)> {
    let earliest = lines.len().saturating_sub(4).max(1);
    (earliest..lines.len()).find_map(|start| {
        let tail = &lines[start..];
        let valediction = is_valediction(&tail[0]);
        let (name_line, role_lines) = match valediction {
            true => tail[1..].split_first()?,
            false => tail.split_first()?,
        };
        if role_lines.len() > 2
            || role_lines
                .iter()
                .any(|l| l.chars().count() > SHORT / 2 || is_valediction(l) || is_sentence(l))
            // "Name, Role" below is the signature itself, not part of a role.
            || role_lines
                .iter()
                .any(|l| l.split_once(", ").is_some_and(|(name, _)| is_name(name)))
        {
            return None;
        }
        let name_line = name_line.strip_prefix("By ").unwrap_or(name_line);
        let (name, first_role) = match name_line.split_once(", ") {
            Some((name, role)) => (name, Some(role)),
            None => (name_line.trim_end_matches(','), None),
        };
        if !is_name(name) || name_line.chars().count() > SHORT || is_sentence(name_line) {
            return None;
        }
        let role: Vec<&str> = first_role
            .into_iter()
            .chain(role_lines.iter().map(String::as_str))
            .map(|part| part.trim().trim_end_matches(',').trim())
            .filter(|part| !part.is_empty())
            .collect();
        if role.is_empty() && !valediction {
            return None;
        }
        let role = (!role.is_empty()).then(|| role.join(", "));
        Some((start, name.trim().to_owned(), role))
    })
}

/// Two to four capitalised words without digits, like "Dr Amara Okonkwo".
fn is_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && !w.chars().any(|c| c.is_numeric())
        })
}

/// Ends like a sentence ('.', '!', '?', ';' or ':'), not counting a title's full stop
/// ("Dr.") or a trailing comma, which sign-off lines often have.
fn is_sentence(line: &str) -> bool {
    let end = line.trim_end_matches(['”', '’', '"', '\'', ')']);
    end.ends_with(['!', '?', ';', ':'])
        || (end.ends_with('.') && end.split_whitespace().count() > 2)
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(['”', '’', '"', '\'', ')'])
        .ends_with(['.', '!', '?', ',', ';', ':'])
}

/// A line of the letter itself: a long one, a sentence, or a greeting ("Sir,").
fn is_paragraph(line: &str) -> bool {
    let greeting = ["Sir", "Madam", "Dear "]
        .iter()
        .any(|g| line.starts_with(g))
        && line.ends_with(',');
    line.chars().count() > SHORT
        || greeting
        || (ends_sentence(line) && line.split_whitespace().count() > 3)
}

/// One or two (at most four) words, no closing punctuation, between two paragraphs.
fn is_subheading(lines: &[String], at: usize) -> bool {
    let line = &lines[at];
    let words = line.split_whitespace().count();
    at > 0
        && at + 1 < lines.len()
        && words <= 4
        && line.chars().count() <= 40
        && !ends_sentence(line)
        && !line.to_lowercase().starts_with("yours")
}

fn body(lines: &[String]) -> String {
    let blocks: Vec<String> = (0..lines.len())
        .map(|at| {
            if is_subheading(lines, at) {
                format!("## {}", lines[at])
            } else {
                escape_block_start(&lines[at])
            }
        })
        .collect();
    blocks.join("\n\n")
}

/// Keeps a paragraph a paragraph in Markdown: "1. In 2011…" or "- Yes" would become lists.
fn escape_block_start(line: &str) -> String {
    let numbered = line.split_once(['.', ')']).is_some_and(|(n, _)| {
        !n.is_empty() && n.len() <= 9 && n.bytes().all(|b| b.is_ascii_digit())
    });
    let marker = line.starts_with(['#', '>', '-', '+', '*']);
    if marker {
        format!("\\{line}")
    } else if numbered {
        let digits = line.find(['.', ')']).unwrap_or(0);
        format!("{}\\{}", &line[..digits], &line[digits..])
    } else {
        line.to_owned()
    }
}

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;
