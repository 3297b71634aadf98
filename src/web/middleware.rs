//! The middleware every request passes through: limits, refusals and response headers.

pub mod http_limits;
pub mod http_methods;
pub mod language;
pub mod nul_guard;
pub mod security_headers;
