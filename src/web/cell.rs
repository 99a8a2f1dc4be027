//! Borrowing the shell's `RefCell`s through one call site per kind.
//!
//! `RefCell::borrow` and `borrow_mut` are `#[track_caller]`: every call
//! site carries its own panic `Location` (16 B, plus its file path) in the
//! wasm's data, for a panic that only a bug in the shell can cause. These
//! two methods are not `#[track_caller]`, so every borrow made through them
//! shares their two locations; the panic message still names the kind of
//! conflict.

use std::cell::{Ref, RefCell, RefMut};

/// `read` and `write` for the shell's `RefCell`s (`borrow` and
/// `borrow_mut` with one panic location each).
pub(crate) trait Shared<T> {
    /// A shared borrow; panics if the cell is mutably borrowed.
    fn read(&self) -> Ref<'_, T>;
    /// A mutable borrow; panics if the cell is borrowed.
    fn write(&self) -> RefMut<'_, T>;
}

impl<T> Shared<T> for RefCell<T> {
    fn read(&self) -> Ref<'_, T> {
        self.borrow()
    }

    fn write(&self) -> RefMut<'_, T> {
        self.borrow_mut()
    }
}
