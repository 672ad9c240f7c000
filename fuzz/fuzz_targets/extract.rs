//! Any text through extraction: no panic, and every span inside the text with the quote or
//! entity text exactly what is at its offsets.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let extraction = newsdex::extract::extract(&text);
    if let Err(problem) = extraction.check_spans(&text) {
        panic!("{problem}");
    }
});
