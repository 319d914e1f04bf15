//! Who runs the platform, as the privacy, terms and legal-notice pages say (the operator's
//! settings).

use serde::{Deserialize, Serialize};

/// The operator's particulars.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalNotice {
    /// The company or body that runs the platform.
    pub operator: String,
    /// Its registered address.
    pub address: String,
    /// Where people write about their data and the terms (an e-mail address).
    pub contact: String,
    /// The number of the declaration to the CNDP; `None` until the operator fills it in.
    pub cndp_declaration: Option<String>,
}
