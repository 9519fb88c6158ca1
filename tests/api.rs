//! Public-API checks: auto traits of every public type, and the error type.

use std::panic::{RefUnwindSafe, UnwindSafe};

use zh_metrics::{
    parse_numeral, Approx, Change, Direction, Extractor, ExtractorBuilder, Finding, FindingKind,
    Kind, Metric, MetricsReader, Numeral, NumeralError, NumeralErrorKind, Quantities, Quantity,
    ReadError, ReadErrorKind, Span,
};
use zh_metrics::{Date, DateError, TimeSpan};

/// Compiles only when `T` can be sent and shared between threads, moved out of
/// pinned places, and held across a `catch_unwind`.
fn assert_all<T: Send + Sync + Unpin + UnwindSafe + RefUnwindSafe>() {}

fn assert_send_sync<T: Send + Sync + Unpin>() {}

/// Owned types are also `'static`, so they can go into a `thread::spawn` or a
/// `Box<dyn Error + Send + Sync + 'static>`.
fn assert_static<T: 'static>() {}

#[test]
fn public_types_are_send_sync_unpin_unwind_safe() {
    assert_all::<Extractor>();
    assert_all::<ExtractorBuilder>();
    assert_all::<Metric>();
    assert_all::<Quantity<'_>>();
    assert_all::<Quantities<'_>>();
    assert_all::<Span>();
    assert_all::<Approx>();
    assert_all::<Kind>();
    assert_all::<Change>();
    assert_all::<Direction>();
    assert_all::<TimeSpan>();
    assert_all::<Date>();
    assert_all::<DateError>();
    assert_all::<Numeral>();
    assert_all::<NumeralError>();
    assert_all::<NumeralErrorKind>();
    assert_all::<Finding>();
    assert_all::<FindingKind>();
    assert_all::<MetricsReader<&[u8]>>();
    assert_all::<MetricsReader<std::io::BufReader<std::fs::File>>>();
    // These hold a `std::io::Error`, which is not unwind-safe (its custom
    // payload is a `Box<dyn Error + Send + Sync>`), so they are only
    // `Send + Sync + Unpin`, like `io::Error` itself.
    assert_send_sync::<ReadError>();
    assert_send_sync::<ReadErrorKind>();

    assert_static::<Extractor>();
    assert_static::<ExtractorBuilder>();
    assert_static::<Metric>();
    assert_static::<NumeralError>();
    assert_static::<ReadError>();
    assert_static::<MetricsReader<std::io::BufReader<std::fs::File>>>();
}

#[test]
fn numeral_error_is_a_std_error_usable_across_threads() {
    fn boxed(e: NumeralError) -> Box<dyn std::error::Error + Send + Sync + 'static> {
        Box::new(e)
    }
    let err = parse_numeral("一一万千").expect_err("一一万千 is not one numeral");
    let msg = boxed(err.clone()).to_string();
    // The message names what failed: the input appears in it.
    assert!(
        msg.contains("一一万千"),
        "error message does not name the input: {msg}"
    );
}

#[test]
fn extractor_is_shared_between_threads() {
    let ex = Extractor::new();
    let text = "受理申请628件，接待来访咨询876人次";
    let expected = ex.extract(text);
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..2).map(|_| s.spawn(|| ex.extract(text))).collect();
        for h in handles {
            assert_eq!(h.join().expect("extract does not panic"), expected);
        }
    });
}

#[test]
fn numeral_error_says_where() {
    let input = "三百x";
    let err = parse_numeral(input).expect_err("三百x is not a numeral");
    assert_eq!(err.input(), input);
    assert!(input.is_char_boundary(err.offset()) && err.offset() <= input.len());
    assert!(err.to_string().contains(&err.offset().to_string()), "{err}");
    // The kind is a plain value a caller can match on (with a `_` arm: the
    // enum is non-exhaustive).
    assert_ne!(err.kind(), NumeralErrorKind::Empty);
}
