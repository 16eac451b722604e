//! The lower checks: name lookup, TCP connection and TLS handshake, each with its own timeout.

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use rustls::ClientConfig;
use rustls::pki_types::ServerName;
use tokio::net::TcpStream;
use tokio::time::timeout;

use super::finding::Finding;
use crate::address::TenantUrl;
use crate::net::{TlsFailure, tls_error_in};

fn seconds(limit: Duration) -> u64 {
    limit.as_secs().max(1)
}

/// Looks up the Tenant URL's host.
pub(crate) async fn resolve(
    tenant: &TenantUrl,
    limit: Duration,
) -> Result<(Vec<SocketAddr>, Finding), Finding> {
    let host = bare_host(tenant);
    if let Ok(ip) = host.parse::<std::net::IpAddr>() {
        return Ok((
            vec![SocketAddr::new(ip, tenant.port())],
            Finding::DnsIpAddress,
        ));
    }
    let lookup = timeout(
        limit,
        tokio::net::lookup_host((host.clone(), tenant.port())),
    )
    .await;
    match lookup {
        Err(_) => Err(Finding::DnsTimeout {
            host,
            seconds: seconds(limit),
        }),
        Ok(Err(_)) => Err(Finding::DnsNotFound { host }),
        Ok(Ok(addresses)) => {
            let addresses: Vec<SocketAddr> = addresses.collect();
            if addresses.is_empty() {
                return Err(Finding::DnsNotFound { host });
            }
            let found = Finding::DnsResolved {
                host,
                addresses: addresses.len(),
            };
            Ok((addresses, found))
        }
    }
}

/// Opens a TCP connection to the first address that answers.
pub(crate) async fn connect(
    addresses: &[SocketAddr],
    limit: Duration,
) -> Result<(TcpStream, Finding), Finding> {
    let mut last = Finding::ConnectFailed {
        address: String::new(),
    };
    for address in addresses {
        let shown = address.to_string();
        match timeout(limit, TcpStream::connect(address)).await {
            Ok(Ok(stream)) => return Ok((stream, Finding::Connected { address: shown })),
            Ok(Err(e)) if e.kind() == io::ErrorKind::ConnectionRefused => {
                last = Finding::ConnectRefused { address: shown }
            }
            Ok(Err(_)) => last = Finding::ConnectFailed { address: shown },
            Err(_) => {
                last = Finding::ConnectTimeout {
                    address: shown,
                    seconds: seconds(limit),
                }
            }
        }
    }
    Err(last)
}

/// Completes a TLS handshake on `stream` and verifies the certificate as the HTTP client will.
pub(crate) async fn handshake(
    stream: TcpStream,
    tenant: &TenantUrl,
    config: Arc<ClientConfig>,
    limit: Duration,
) -> Finding {
    let host = bare_host(tenant);
    let Ok(name) = ServerName::try_from(host.clone()) else {
        return Finding::Tls {
            failure: TlsFailure::Other,
            host,
        };
    };
    let connector = tokio_rustls::TlsConnector::from(config);
    match timeout(limit, connector.connect(name, stream)).await {
        Err(_) => Finding::TlsTimeout {
            seconds: seconds(limit),
        },
        Ok(Ok(_)) => Finding::TlsOk,
        Ok(Err(error)) => Finding::Tls {
            failure: tls_error_in(&error).unwrap_or(TlsFailure::Other),
            host,
        },
    }
}

/// The host without the brackets `url` puts around IPv6 addresses.
fn bare_host(tenant: &TenantUrl) -> String {
    tenant
        .host()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_string()
}
