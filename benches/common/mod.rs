//! What the benchmarks share: a TCP proxy that adds latency, and the median.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;

/// Half of the added round-trip time.
pub const ONE_WAY: Duration = Duration::from_millis(25);

/// A proxy that delays every chunk by `ONE_WAY` in each direction, without piling delays up.
pub async fn latency_proxy(upstream: SocketAddr) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let Ok(server) = TcpStream::connect(upstream).await else {
                continue;
            };
            let (client_read, client_write) = client.into_split();
            let (server_read, server_write) = server.into_split();
            pump(client_read, server_write);
            pump(server_read, client_write);
        }
    });
    addr
}

fn pump(mut from: tokio::net::tcp::OwnedReadHalf, mut to: tokio::net::tcp::OwnedWriteHalf) {
    let (sender, mut receiver) = mpsc::unbounded_channel::<(Instant, Vec<u8>)>();
    tokio::spawn(async move {
        let mut buf = vec![0u8; 64 * 1024];
        while let Ok(n) = from.read(&mut buf).await {
            if n == 0 || sender.send((Instant::now(), buf[..n].to_vec())).is_err() {
                break;
            }
        }
    });
    tokio::spawn(async move {
        while let Some((arrived, bytes)) = receiver.recv().await {
            tokio::time::sleep_until((arrived + ONE_WAY).into()).await;
            if to.write_all(&bytes).await.is_err() {
                break;
            }
        }
        let _ = to.shutdown().await;
    });
}

pub fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values[values.len() / 2]
}

/// Prints the medians and the ratio of the delayed run to the chain of `round_trips`.
pub fn report(
    title: &str,
    runs: usize,
    direct: Vec<Duration>,
    delayed: Vec<Duration>,
    round_trips: u32,
) {
    let floor = 2 * ONE_WAY * round_trips;
    let (direct, delayed) = (median(direct), median(delayed));
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("{title}, median of {runs} runs");
    println!("  on loopback:                 {:>7.1} ms", ms(direct));
    println!("  behind +50 ms RTT proxy:     {:>7.1} ms", ms(delayed));
    println!(
        "  unavoidable chain:           {:>7.1} ms ({round_trips} round trips)",
        ms(floor)
    );
    println!(
        "  ratio wall / chain:          {:>7.2} (target <= 1.3)",
        delayed.as_secs_f64() / floor.as_secs_f64()
    );
}
