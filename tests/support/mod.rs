//! Shared helpers for native integration tests. Include with `mod support;`.
#![allow(dead_code)]

pub mod decode;
pub mod gen;
pub mod html;
