//! Small misbehaving servers for scim-assistant's tests: HTML pages, silence, endless bodies,
//! redirects, and TLS certificates that are self-signed, expired or made out to another name.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpListener;

/// What the server does once it has read a request head.
#[derive(Clone)]
pub enum Behaviour {
    /// Writes these bytes (a whole HTTP response) and closes.
    Respond(Vec<u8>),
    /// Reads the request and never answers.
    Silent,
    /// Sends `200 application/scim+json` headers and then body bytes without end.
    Endless,
}

/// A raw HTTP/1.1 response.
pub fn response(status: &str, content_type: &str, body: &str, extra_headers: &str) -> Behaviour {
    Behaviour::Respond(
        format!(
            "HTTP/1.1 {status}\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n{extra_headers}\r\n{body}",
            body.len()
        )
        .into_bytes(),
    )
}

pub struct HostileServer {
    pub addr: SocketAddr,
    /// The request heads received, so tests can see whether a token arrived.
    pub heads: Arc<Mutex<Vec<String>>>,
    /// How many clients hung up on a silent server before it answered.
    pub hung_up: Arc<AtomicUsize>,
}

impl HostileServer {
    pub async fn plain(behaviour: Behaviour) -> Self {
        Self::start(behaviour, None).await
    }

    pub async fn tls(behaviour: Behaviour, identity: TlsIdentity) -> Self {
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(identity.chain, identity.key)
            .unwrap();
        Self::start(
            behaviour,
            Some(tokio_rustls::TlsAcceptor::from(Arc::new(config))),
        )
        .await
    }

    async fn start(behaviour: Behaviour, tls: Option<tokio_rustls::TlsAcceptor>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let heads = Arc::new(Mutex::new(Vec::new()));
        let hung_up = Arc::new(AtomicUsize::new(0));
        let recorded = heads.clone();
        let hangups = hung_up.clone();
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let behaviour = behaviour.clone();
                let recorded = recorded.clone();
                let hangups = hangups.clone();
                let tls = tls.clone();
                tokio::spawn(async move {
                    match tls {
                        Some(acceptor) => {
                            if let Ok(stream) = acceptor.accept(stream).await {
                                serve(stream, behaviour, recorded, hangups).await;
                            }
                        }
                        None => serve(stream, behaviour, recorded, hangups).await,
                    }
                });
            }
        });
        Self {
            addr,
            heads,
            hung_up,
        }
    }

    pub fn url(&self, scheme: &str, host: &str, path: &str) -> String {
        format!("{scheme}://{host}:{}{path}", self.addr.port())
    }

    pub fn heads(&self) -> Vec<String> {
        self.heads.lock().unwrap().clone()
    }
}

async fn serve<S: AsyncRead + AsyncWrite + Unpin>(
    mut stream: S,
    behaviour: Behaviour,
    recorded: Arc<Mutex<Vec<String>>>,
    hung_up: Arc<AtomicUsize>,
) {
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 64 * 1024 {
        match stream.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    recorded
        .lock()
        .unwrap()
        .push(String::from_utf8_lossy(&head).into_owned());
    match behaviour {
        Behaviour::Respond(bytes) => {
            let _ = stream.write_all(&bytes).await;
            let _ = stream.shutdown().await;
        }
        Behaviour::Silent => {
            // Never answers; notices when the client gives up and closes the connection.
            let closed = tokio::time::timeout(std::time::Duration::from_secs(600), async {
                while let Ok(n) = stream.read(&mut buf).await {
                    if n == 0 {
                        break;
                    }
                }
            });
            if closed.await.is_ok() {
                hung_up.fetch_add(1, Ordering::SeqCst);
            }
        }
        Behaviour::Endless => {
            let headers = "HTTP/1.1 200 OK\r\ncontent-type: application/scim+json\r\ntransfer-encoding: chunked\r\n\r\n";
            if stream.write_all(headers.as_bytes()).await.is_err() {
                return;
            }
            let chunk = format!("{:x}\r\n{}\r\n", 64 * 1024, " ".repeat(64 * 1024));
            // Bounded: stops after 1 GiB even if the client never hangs up.
            for _ in 0..16 * 1024 {
                if stream.write_all(chunk.as_bytes()).await.is_err() {
                    return;
                }
            }
        }
    }
}

/// A certificate chain and key for a test TLS server.
pub struct TlsIdentity {
    pub chain: Vec<CertificateDer<'static>>,
    pub key: PrivateKeyDer<'static>,
}

/// A throw-away certificate authority the client can be told to trust.
pub struct TestCa {
    issuer: CertifiedIssuer<'static, KeyPair>,
}

impl Default for TestCa {
    fn default() -> Self {
        Self::new()
    }
}

impl TestCa {
    pub fn new() -> Self {
        let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "scim-assistant test CA");
        let issuer = CertifiedIssuer::self_signed(params, KeyPair::generate().unwrap()).unwrap();
        Self { issuer }
    }

    pub fn root(&self) -> CertificateDer<'static> {
        self.issuer.der().clone()
    }

    /// A server certificate for `names`, valid now: two years around today (Apple's trust
    /// evaluation refuses a TLS server certificate valid for more than 825 days, or without the
    /// serverAuth extended key usage; release-workflow review, finding 4).
    pub fn leaf(&self, names: &[&str]) -> TlsIdentity {
        let year = current_year();
        self.leaf_between(names, (year - 1, 7, 1), (year + 1, 6, 30))
    }

    /// The same, valid only between two dates (year, month, day): an expired one, for example.
    pub fn leaf_between(
        &self,
        names: &[&str],
        (from_year, from_month, from_day): (i32, u8, u8),
        (until_year, until_month, until_day): (i32, u8, u8),
    ) -> TlsIdentity {
        let mut params =
            CertificateParams::new(names.iter().map(|n| n.to_string()).collect::<Vec<_>>())
                .unwrap();
        params.not_before = rcgen::date_time_ymd(from_year, from_month, from_day);
        params.not_after = rcgen::date_time_ymd(until_year, until_month, until_day);
        params.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ServerAuth];
        let key = KeyPair::generate().unwrap();
        let cert = params.signed_by(&key, &self.issuer).unwrap();
        TlsIdentity {
            chain: vec![cert.der().clone(), self.root()],
            key: PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
        }
    }
}

/// This year, within a day (the average Gregorian year): enough for certificates valid from
/// half a year before to half a year after.
fn current_year() -> i32 {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    1970 + (seconds / 31_556_952) as i32
}

/// A self-signed certificate nobody trusts.
pub fn self_signed(names: &[&str]) -> TlsIdentity {
    let certified =
        rcgen::generate_simple_self_signed(names.iter().map(|n| n.to_string()).collect::<Vec<_>>())
            .unwrap();
    TlsIdentity {
        chain: vec![certified.cert.der().clone()],
        key: PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(
            certified.signing_key.serialize_der(),
        )),
    }
}
