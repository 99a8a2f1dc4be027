//! A serde `Serializer` into plain JavaScript values, for the `parse()`
//! export: strings, `null` for absent values, arrays, plain objects with
//! the derived field names, and unit enum variants as their names. That is
//! every shape the feed model's derived `Serialize` produces; anything else
//! (numbers, maps, tuples, data-carrying variants) is refused with
//! [`Unsupported`], so a model change that needs more fails loudly in the
//! `parse()` tests instead of producing a wrong shape.
//!
//! serde-wasm-bindgen did this job with a general serializer and a cache
//! of interned key strings; this one is what the model needs (SIZE.md).

use js_sys::{Array, Object, Reflect};
use serde::ser::{self, Impossible, Serialize};
use wasm_bindgen::JsValue;

/// A value of a kind the feed model never serializes.
#[derive(Debug)]
pub struct Unsupported;

impl Unsupported {
    /// What the error says.
    pub const MESSAGE: &'static str = "a value of a kind parse() does not hand to JavaScript";
}

impl core::fmt::Display for Unsupported {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(Self::MESSAGE)
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: core::fmt::Display>(_: T) -> Self {
        Unsupported
    }
}

/// `value` as a plain JavaScript value.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, Unsupported> {
    value.serialize(ToJs)
}

/// The serializer (stateless: every call builds a new value).
struct ToJs;

/// An array being filled.
pub struct Seq(Array);

/// An object being filled.
pub struct Obj(Object);

type Refused = Result<JsValue, Unsupported>;

impl ser::Serializer for ToJs {
    type Ok = JsValue;
    type Error = Unsupported;
    type SerializeSeq = Seq;
    type SerializeTuple = Impossible<JsValue, Unsupported>;
    type SerializeTupleStruct = Impossible<JsValue, Unsupported>;
    type SerializeTupleVariant = Impossible<JsValue, Unsupported>;
    type SerializeMap = Impossible<JsValue, Unsupported>;
    type SerializeStruct = Obj;
    type SerializeStructVariant = Impossible<JsValue, Unsupported>;

    fn serialize_str(self, v: &str) -> Refused {
        Ok(JsValue::from_str(v))
    }
    fn serialize_none(self) -> Refused {
        Ok(JsValue::NULL)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Refused {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Refused {
        Ok(JsValue::NULL)
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Refused {
        Ok(JsValue::from_str(variant))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq, Unsupported> {
        Ok(Seq(Array::new()))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Obj, Unsupported> {
        Ok(Obj(Object::new()))
    }

    fn serialize_bool(self, _: bool) -> Refused {
        Err(Unsupported)
    }
    fn serialize_i8(self, _: i8) -> Refused {
        Err(Unsupported)
    }
    fn serialize_i16(self, _: i16) -> Refused {
        Err(Unsupported)
    }
    fn serialize_i32(self, _: i32) -> Refused {
        Err(Unsupported)
    }
    fn serialize_i64(self, _: i64) -> Refused {
        Err(Unsupported)
    }
    fn serialize_u8(self, _: u8) -> Refused {
        Err(Unsupported)
    }
    fn serialize_u16(self, _: u16) -> Refused {
        Err(Unsupported)
    }
    fn serialize_u32(self, _: u32) -> Refused {
        Err(Unsupported)
    }
    fn serialize_u64(self, _: u64) -> Refused {
        Err(Unsupported)
    }
    fn serialize_f32(self, _: f32) -> Refused {
        Err(Unsupported)
    }
    fn serialize_f64(self, _: f64) -> Refused {
        Err(Unsupported)
    }
    fn serialize_char(self, _: char) -> Refused {
        Err(Unsupported)
    }
    fn serialize_bytes(self, _: &[u8]) -> Refused {
        Err(Unsupported)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Refused {
        Err(Unsupported)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, _: &T) -> Refused {
        Err(Unsupported)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Refused {
        Err(Unsupported)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Unsupported> {
        Err(Unsupported)
    }
}

impl ser::SerializeSeq for Seq {
    type Ok = JsValue;
    type Error = Unsupported;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.0.push(&value.serialize(ToJs)?);
        Ok(())
    }
    fn end(self) -> Refused {
        Ok(self.0.into())
    }
}

impl ser::SerializeStruct for Obj {
    type Ok = JsValue;
    type Error = Unsupported;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        set(&self.0, key, value.serialize(ToJs)?)
    }
    fn end(self) -> Refused {
        Ok(self.0.into())
    }
}

/// `object[key] = value`; one copy for every field type.
#[inline(never)]
fn set(object: &Object, key: &str, value: JsValue) -> Result<(), Unsupported> {
    Reflect::set(object, &JsValue::from_str(key), &value)
        .map(drop)
        .map_err(|_| Unsupported)
}
