//! The relay's one error type, answered as JSON `{code, message}` with the
//! status its code maps to ([`CODES`]).

use serde::Serialize;

/// Why a request was not answered with what it asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// A query parameter is missing or invalid.
    BadRequest,
    /// No such endpoint.
    NotFound,
    /// Only GET and HEAD are answered.
    MethodNotAllowed,
    /// The URL's scheme is not http or https.
    SchemeNotAllowed,
    /// The URL carries a user name or password.
    CredentialsNotAllowed,
    /// The host (or host:port) is not on the allowlist.
    HostNotAllowed,
    /// The host is a non-public address the allowlist does not name exactly.
    AddressNotAllowed,
    /// `item=` matches no release of the feed.
    ItemNotFound,
    /// `format=xml`: oEmbed's XML form is not implemented.
    NotImplemented,
    /// The upstream answered with a status other than 200 or 304.
    UpstreamStatus,
    /// The upstream could not be reached.
    UpstreamUnreachable,
    /// The upstream redirected too often.
    TooManyRedirects,
    /// The upstream's response is larger than the size cap.
    TooLarge,
    /// The upstream did not answer in time.
    Timeout,
    /// The upstream's response is not a feed the core can read.
    Parse,
}

/// Each code's name in the JSON and its HTTP status.
pub const CODES: &[(Code, &str, u16)] = &[
    (Code::BadRequest, "bad_request", 400),
    (Code::NotFound, "not_found", 404),
    (Code::MethodNotAllowed, "method_not_allowed", 405),
    (Code::SchemeNotAllowed, "scheme_not_allowed", 403),
    (Code::CredentialsNotAllowed, "credentials_not_allowed", 403),
    (Code::HostNotAllowed, "host_not_allowed", 403),
    (Code::AddressNotAllowed, "address_not_allowed", 403),
    (Code::ItemNotFound, "item_not_found", 404),
    (Code::NotImplemented, "not_implemented", 501),
    (Code::UpstreamStatus, "upstream_status", 502),
    (Code::UpstreamUnreachable, "upstream_unreachable", 502),
    (Code::TooManyRedirects, "too_many_redirects", 502),
    (Code::TooLarge, "too_large", 502),
    (Code::Timeout, "timeout", 504),
    (Code::Parse, "parse", 502),
];

impl Code {
    /// The code's name, as in the JSON.
    pub fn as_str(self) -> &'static str {
        row(self).1
    }

    /// The HTTP status answered with it.
    pub fn status(self) -> u16 {
        row(self).2
    }

    /// The code named `name`, if any (the worker names the failures it
    /// sees with these).
    pub fn from_name(name: &str) -> Option<Code> {
        CODES.iter().find(|r| r.1 == name).map(|r| r.0)
    }
}

fn row(code: Code) -> &'static (Code, &'static str, u16) {
    CODES
        .iter()
        .find(|r| r.0 == code)
        .expect("every code has a row in CODES")
}

/// An error answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelayError {
    /// What went wrong.
    pub code: Code,
    /// A sentence a site owner can act on.
    pub message: String,
}

impl RelayError {
    /// An error of kind `code`.
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        RelayError {
            code,
            message: message.into(),
        }
    }

    /// The JSON body: `{"code": …, "message": …}`.
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct Body<'a> {
            code: &'a str,
            message: &'a str,
        }
        serde_json::to_string(&Body {
            code: self.code.as_str(),
            message: &self.message,
        })
        .expect("two strings always serialize")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_shape_and_statuses() {
        let e = RelayError::new(Code::HostNotAllowed, "x \"y\" is not allowed");
        let v: serde_json::Value = serde_json::from_str(&e.to_json()).unwrap();
        assert_eq!(v["code"], "host_not_allowed");
        assert_eq!(v["message"], "x \"y\" is not allowed");
        assert_eq!(v.as_object().unwrap().len(), 2);
        for (code, name, status) in CODES {
            assert_eq!(code.as_str(), *name);
            assert_eq!(code.status(), *status);
            assert_eq!(Code::from_name(name), Some(*code));
            assert!((400..600).contains(status));
        }
    }
}
