//! The expert programme in the demo.

use super::{DEMO_ACCOUNTS, demo_user};
use backend::state::AppSettings;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

/// The expert programme in the demo: Youssef applies as an expert (visual identity, packaging
/// and photography; Arabic, Darija and French; on site in Souss-Massa or at a distance) and the
/// demo admin verifies him; Khadija's cooperative asks for help with its packaging. Made through
/// the experts and support services. Khadija's own logo request is left for the visitor to post.
pub async fn seed_experts(db: &DatabaseConnection, settings: &AppSettings) -> anyhow::Result<()> {
    use backend::{
        entity::cooperative_member,
        services::{experts, requests},
    };
    let admin = demo_user(db, DEMO_ACCOUNTS[0].0).await?;
    let khadija = demo_user(db, DEMO_ACCOUNTS[2].0).await?;
    let youssef = demo_user(db, DEMO_ACCOUNTS[3].0).await?;
    let codes = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    experts::apply(
        db,
        &youssef,
        &experts::ExpertForm {
            bio: "Graphiste à Agadir depuis dix ans : logos, étiquettes et photos de produits du \
                  terroir. مصمم غرافيك في أكادير."
                .into(),
            skills: codes(&["visual_identity", "packaging", "photography"]),
            languages: codes(&["ar", "ary", "fr"]),
            regions: codes(&["souss_massa"]),
            remote: true,
            on_site: true,
            capacity: "3".into(),
        },
    )
    .await
    .map_err(|e| anyhow::anyhow!("demo expert profile: {e}"))?;
    experts::decide(
        db,
        settings,
        &admin,
        youssef.id.into_uuid(),
        domain::expert::ExpertEvent::Verify,
        "",
    )
    .await
    .map_err(|e| anyhow::anyhow!("demo expert verification: {e}"))?;
    let Some(membership) = cooperative_member::Entity::find()
        .filter(cooperative_member::Column::UserId.eq(khadija.id.into_uuid()))
        .one(db)
        .await?
    else {
        return Ok(());
    };
    requests::post(
        db,
        settings,
        &khadija,
        membership.cooperative_id,
        &requests::RequestForm {
            skill: "packaging".into(),
            title: "Étiquettes pour nos bouteilles d'huile".into(),
            description: "Nous cherchons une étiquette simple en arabe et en français pour nos \
                          bouteilles de 250 ml et 1 l. نبحث عن ملصق بسيط لقنيناتنا."
                .into(),
            languages: codes(&["ar", "fr"]),
            on_site: false,
            deadline: String::new(),
        },
    )
    .await
    .map_err(|e| anyhow::anyhow!("demo request: {e}"))?;
    Ok(())
}
