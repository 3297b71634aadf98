//! A server's memory, from `/proc`: resident now, and the peak since it was last reset, so
//! each cell reports its own peak (Linux resets `VmHWM` on `echo 5 > /proc/PID/clear_refs`).

use std::fs;

/// Starts a new peak-RSS measurement for `pid`.
pub fn reset_peak(pid: u32) -> std::io::Result<()> {
    fs::write(format!("/proc/{pid}/clear_refs"), "5")
}

/// Peak resident memory since the last reset, in KiB.
pub fn peak_kib(pid: u32) -> std::io::Result<u64> {
    status_field(pid, "VmHWM:")
}

/// Resident memory now, in KiB.
pub fn current_kib(pid: u32) -> std::io::Result<u64> {
    status_field(pid, "VmRSS:")
}

fn status_field(pid: u32, field: &str) -> std::io::Result<u64> {
    let status = fs::read_to_string(format!("/proc/{pid}/status"))?;
    parse_field(&status, field).ok_or_else(|| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("no {field} in /proc/{pid}/status"),
        )
    })
}

fn parse_field(status: &str, field: &str) -> Option<u64> {
    let line = status.lines().find(|line| line.starts_with(field))?;
    line[field.len()..]
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_kib_fields_from_a_status_file() {
        let status = "Name:\tmissive\nVmHWM:\t   23456 kB\nVmRSS:\t   12345 kB\n";
        assert_eq!(parse_field(status, "VmHWM:"), Some(23_456));
        assert_eq!(parse_field(status, "VmRSS:"), Some(12_345));
        assert_eq!(parse_field(status, "VmSwap:"), None);
    }

    #[test]
    fn measures_this_process() {
        let pid = std::process::id();
        let now = current_kib(pid).unwrap();
        reset_peak(pid).unwrap();
        assert!(now > 0);
        assert!(peak_kib(pid).unwrap() >= now / 2);
    }
}
