//! Milestones: the counts at which a campaign marks its progress (100, 1,000, 10,000 …),
//! as organisers write them, as stored, which ones a change of count crosses, and which one
//! the progress bar aims at next.

/// At most this many milestones a campaign.
pub const MAX_MILESTONES: usize = 20;

/// Why a list of milestones was refused, in words for the organiser.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MilestoneError {
    #[error("milestones must be whole numbers of at least 1, separated by commas (not {0:?})")]
    NotANumber(String),
    #[error("at most {MAX_MILESTONES} milestones")]
    TooMany,
}

/// The milestones a campaign without its own list has: 100, 1,000, 10,000 … below the
/// goal, then the goal itself.
pub fn default_for(goal: i64) -> Vec<i64> {
    let goal = goal.max(1);
    let mut list: Vec<i64> = std::iter::successors(Some(100_i64), |m| m.checked_mul(10))
        .take_while(|m| *m < goal)
        .collect();
    list.push(goal);
    list
}

/// Checks organiser-given milestones: each at least 1, at most [`MAX_MILESTONES`]; sorted,
/// repeats dropped.
pub fn check(list: &[i64]) -> Result<Vec<i64>, MilestoneError> {
    if let Some(bad) = list.iter().find(|m| **m < 1) {
        return Err(MilestoneError::NotANumber(bad.to_string()));
    }
    let mut list = list.to_vec();
    list.sort_unstable();
    list.dedup();
    if list.len() > MAX_MILESTONES {
        return Err(MilestoneError::TooMany);
    }
    Ok(list)
}

/// Parses milestones as typed in the staff form: plain digits separated by commas, spaces
/// or new lines (so no thousands separators). Blank means "derived from the goal" (`None`).
pub fn parse(text: &str) -> Result<Option<Vec<i64>>, MilestoneError> {
    let words: Vec<&str> = text
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return Ok(None);
    }
    let numbers = words
        .iter()
        .map(|w| {
            w.parse::<i64>()
                .map_err(|_| MilestoneError::NotANumber((*w).to_owned()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    check(&numbers).map(Some)
}

/// The stored form of a checked list: `100,1000,10000`.
pub fn to_column(list: &[i64]) -> String {
    list.iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

/// A campaign's milestones from its stored column (`None`: derived from the goal). A
/// column no longer readable falls back to the default rather than failing a page.
pub fn from_column(column: Option<&str>, goal: i64) -> Vec<i64> {
    match column.map(parse) {
        Some(Ok(Some(list))) => list,
        _ => default_for(goal),
    }
}

/// The milestones a count moving from `before` to `after` crosses upwards.
pub fn crossed(list: &[i64], before: i64, after: i64) -> Vec<i64> {
    list.iter()
        .copied()
        .filter(|m| before < *m && *m <= after)
        .collect()
}

/// What the progress bar aims at for `count`: the next milestone below the goal, else the
/// goal.
pub fn next_target(list: &[i64], goal: i64, count: i64) -> Target {
    let goal = goal.max(1);
    match list.iter().copied().find(|m| *m > count && *m < goal) {
        Some(milestone) => Target::Milestone(milestone),
        None => Target::Goal(goal),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Milestone(i64),
    Goal(i64),
}

impl Target {
    pub fn value(self) -> i64 {
        match self {
            Target::Milestone(n) | Target::Goal(n) => n,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_powers_of_ten_below_the_goal_then_the_goal() {
        assert_eq!(default_for(100_000), vec![100, 1_000, 10_000, 100_000]);
        assert_eq!(default_for(5_000), vec![100, 1_000, 5_000]);
        assert_eq!(default_for(50), vec![50]);
        assert_eq!(default_for(0), vec![1]);
    }

    #[test]
    fn typed_lists_are_sorted_and_checked() {
        assert_eq!(parse(" "), Ok(None));
        assert_eq!(parse("1000, 100\n100"), Ok(Some(vec![100, 1000])));
        assert!(matches!(parse("100, lots"), Err(MilestoneError::NotANumber(w)) if w == "lots"));
        assert!(parse("0").is_err());
        assert!(parse("-5").is_err());
        let many: Vec<String> = (1..=21).map(|n| n.to_string()).collect();
        assert_eq!(parse(&many.join(",")), Err(MilestoneError::TooMany));
        assert_eq!(from_column(Some("5,x"), 200), vec![100, 200]);
        assert_eq!(from_column(Some(&to_column(&[3, 5])), 200), vec![3, 5]);
    }

    #[test]
    fn a_move_crosses_the_milestones_between() {
        let list = [100, 1_000, 10_000];
        assert_eq!(crossed(&list, 99, 100), vec![100]);
        assert_eq!(crossed(&list, 100, 1_500), vec![1_000]);
        assert_eq!(crossed(&list, 0, 20_000), vec![100, 1_000, 10_000]);
        assert!(crossed(&list, 100, 999).is_empty());
        assert!(crossed(&list, 200, 150).is_empty());
    }

    #[test]
    fn the_bar_aims_at_the_next_milestone_then_the_goal() {
        let list = default_for(100_000);
        assert_eq!(next_target(&list, 100_000, 3), Target::Milestone(100));
        assert_eq!(next_target(&list, 100_000, 100), Target::Milestone(1_000));
        assert_eq!(next_target(&list, 100_000, 20_000), Target::Goal(100_000));
        assert_eq!(next_target(&list, 100_000, 200_000), Target::Goal(100_000));
    }
}
