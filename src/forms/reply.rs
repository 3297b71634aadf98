//! The writer's answer to "Did your MP reply?", one of four buttons.

use serde::Deserialize;

use super::FieldErrors;
use crate::i18n::Message;
use crate::letters::replies::Answer;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AnswerForm {
    pub answer: String,
}

impl AnswerForm {
    pub fn parse(&self) -> Result<Answer, FieldErrors> {
        Answer::parse(self.answer.trim()).ok_or_else(|| {
            let mut errors = FieldErrors::default();
            errors.add("answer", Message::new("error-reply-answer"));
            errors
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_of_the_four_buttons_or_a_message() {
        let form = |answer: &str| AnswerForm {
            answer: answer.into(),
        };
        assert_eq!(form(" not-addressed ").parse(), Ok(Answer::NotAddressed));
        let errors = form("maybe").parse().unwrap_err();
        assert_eq!(
            errors.english("answer").as_deref(),
            Some("Choose one of the four answers.")
        );
    }
}
