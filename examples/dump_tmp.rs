fn main() {
    for a in std::env::args().skip(1) {
        match cufminutes::read_path(std::path::Path::new(&a)) {
            Ok(d) => print!("{}", cufminutes::render_text(&d)),
            Err(e) => println!("ERR {e}"),
        }
    }
}
