//! The platform's certificate verdict with one correction: an expired server certificate is
//! called expired on every platform. Apple's trust evaluation reports expiry as a generic failure
//! (rustls-platform-verifier maps only the few errors its tests need; release-workflow review,
//! finding 4), which the findings would word as "not trusted" and send the admin to the wrong fix.
//! Windows and the Linux verifier already say "expired"; there this changes nothing.

use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, DistinguishedName, Error, SignatureScheme};

/// Wraps a verifier; only its failures are looked at again.
#[derive(Debug)]
pub(super) struct ExpiryAware<V> {
    pub(super) platform: Arc<V>,
}

impl<V: ServerCertVerifier> ServerCertVerifier for ExpiryAware<V> {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, Error> {
        self.platform
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
            .map_err(|error| sharpened(error, end_entity, now))
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        self.platform.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        self.platform.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.platform.supported_verify_schemes()
    }

    fn requires_raw_public_keys(&self) -> bool {
        self.platform.requires_raw_public_keys()
    }

    fn root_hint_subjects(&self) -> Option<&[DistinguishedName]> {
        self.platform.root_hint_subjects()
    }
}

/// A vague certificate failure becomes "expired" when the leaf's validity has passed. The
/// specific verdicts (wrong host, expired, revoked) are kept as the platform gave them.
fn sharpened(error: Error, end_entity: &CertificateDer<'_>, now: UnixTime) -> Error {
    let vague = matches!(
        &error,
        Error::InvalidCertificate(
            CertificateError::Other(_)
                | CertificateError::UnknownIssuer
                | CertificateError::BadSignature
                | CertificateError::ApplicationVerificationFailure
        ) | Error::General(_)
    );
    if vague && has_expired(end_entity, now) {
        Error::InvalidCertificate(CertificateError::Expired)
    } else {
        error
    }
}

/// Whether the certificate's notAfter has passed, read by webpki: a path from the leaf to itself
/// as the only anchor checks the leaf's validity period before anything else (and then fails for
/// a reason that does not matter here).
fn has_expired(end_entity: &CertificateDer<'_>, now: UnixTime) -> bool {
    let Ok(leaf) = webpki::EndEntityCert::try_from(end_entity) else {
        return false;
    };
    let Ok(itself) = webpki::anchor_from_trusted_cert(end_entity) else {
        return false;
    };
    let anchors = [itself];
    let verdict = leaf.verify_for_usage(
        &[],
        &anchors,
        &[],
        now,
        webpki::KeyUsage::server_auth(),
        None,
        None,
    );
    matches!(verdict, Err(webpki::Error::CertExpired { .. }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What rustls-platform-verifier returns on macOS for an expired certificate (and for any
    /// other error it does not map): `CertificateError::Other`.
    #[derive(Debug)]
    struct AppleLike;

    impl ServerCertVerifier for AppleLike {
        fn verify_server_cert(
            &self,
            _: &CertificateDer<'_>,
            _: &[CertificateDer<'_>],
            _: &ServerName<'_>,
            _: &[u8],
            _: UnixTime,
        ) -> Result<ServerCertVerified, Error> {
            Err(Error::InvalidCertificate(CertificateError::Other(
                rustls::OtherError(Arc::new(std::io::Error::other("-67818"))),
            )))
        }
        fn verify_tls12_signature(
            &self,
            _: &[u8],
            _: &CertificateDer<'_>,
            _: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, Error> {
            Ok(HandshakeSignatureValid::assertion())
        }
        fn verify_tls13_signature(
            &self,
            _: &[u8],
            _: &CertificateDer<'_>,
            _: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, Error> {
            Ok(HandshakeSignatureValid::assertion())
        }
        fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
            Vec::new()
        }
    }

    fn verdict(leaf: &CertificateDer<'_>) -> Option<crate::net::TlsFailure> {
        let verifier = ExpiryAware {
            platform: Arc::new(AppleLike),
        };
        let name = ServerName::try_from("localhost").unwrap();
        let error = verifier
            .verify_server_cert(leaf, &[], &name, &[], UnixTime::now())
            .unwrap_err();
        crate::net::tls_error_in(&error)
    }

    #[test]
    fn an_expired_leaf_is_expired_even_where_the_platform_says_only_that_it_failed() {
        let ca = hostile_servers::TestCa::new();
        let expired = ca.leaf_between(&["localhost"], (2020, 1, 1), (2021, 1, 1));
        assert_eq!(
            verdict(&expired.chain[0]),
            Some(crate::net::TlsFailure::Expired)
        );
        let current = ca.leaf(&["localhost"]);
        assert_eq!(
            verdict(&current.chain[0]),
            Some(crate::net::TlsFailure::Untrusted),
            "a valid leaf keeps the platform's verdict"
        );
        let self_signed = hostile_servers::self_signed(&["localhost"]);
        assert_eq!(
            verdict(&self_signed.chain[0]),
            Some(crate::net::TlsFailure::Untrusted)
        );
    }
}
