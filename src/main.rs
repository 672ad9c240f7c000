fn main() {
    println!("newsdex");
}
