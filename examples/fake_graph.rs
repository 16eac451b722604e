//! The test suite's fake Microsoft identity platform and Graph as a standalone program, for trying
//! "Sign in with Microsoft" and "Do it for me" (and taking screenshots) without a tenant:
//! `cargo run --example fake_graph -- 8788`, then start the assistant with
//! `SCIM_ASSISTANT_LOGIN_URL=http://127.0.0.1:8788 SCIM_ASSISTANT_GRAPH_URL=http://127.0.0.1:8788/v1.0`.
//! Its tenant has ada@contoso.example, grace@contoso.example and the group "App users".

use fake_graph::FakeGraph;

#[tokio::main]
async fn main() {
    let port: u16 = std::env::args()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(8788);
    let graph = FakeGraph::start_on(port).await;
    println!("fake Microsoft Graph on {}", graph.login_base());
    tokio::signal::ctrl_c().await.ok();
}
