//! A tower-sessions store on the `sessions` table, so sessions survive restarts and are shared by
//! every replica. Expired records are ignored on load and deleted by a periodic sweep. The
//! signed-in account, device and place held in a session's data are copied to columns on each
//! save, so an account's sessions can be listed and ended.

use super::entity::session;
use async_trait::async_trait;
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use tower_sessions::{
    ExpiredDeletion, SessionStore,
    cookie::time::OffsetDateTime,
    session::{Id, Record},
    session_store,
};

/// Sessions in the application database.
#[derive(Debug, Clone)]
pub struct DbSessionStore {
    db: DatabaseConnection,
}

impl DbSessionStore {
    /// A store on `db`.
    pub fn new(db: DatabaseConnection) -> Self {
        Self { db }
    }
}

/// The session key holding the signed-in account's id.
pub const USER_KEY: &str = "user_id";
/// The session key holding the device it was signed in from ([`domain::device::describe`]).
pub const DEVICE_KEY: &str = "device";
/// The session key holding the place it was signed in from ([`domain::device::place`]).
pub const PLACE_KEY: &str = "place";

fn backend(e: impl std::fmt::Display) -> session_store::Error {
    session_store::Error::Backend(e.to_string())
}

fn active_model(record: &Record) -> Result<session::ActiveModel, session_store::Error> {
    let now = chrono::Utc::now();
    let text = |key: &str, max: usize| {
        record
            .data
            .get(key)
            .and_then(|v| v.as_str())
            .map(|v| v.chars().take(max).collect::<String>())
    };
    Ok(session::ActiveModel {
        user_id: Set(text(USER_KEY, 40).and_then(|id| uuid::Uuid::parse_str(&id).ok())),
        device: Set(text(DEVICE_KEY, 80)),
        place: Set(text(PLACE_KEY, 64)),
        id: Set(record.id.to_string()),
        data: Set(serde_json::to_string(&record.data)
            .map_err(|e| session_store::Error::Encode(e.to_string()))?),
        expires_at: Set(record.expiry_date.unix_timestamp()),
        created_at: Set(now),
        updated_at: Set(now),
    })
}

#[async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        // Ids are 128 random bits; on the astronomically unlikely collision, draw again.
        loop {
            let exists = session::Entity::find_by_id(record.id.to_string())
                .one(&self.db)
                .await
                .map_err(backend)?;
            if exists.is_none() {
                break;
            }
            record.id = Id::default();
        }
        session::Entity::insert(active_model(record)?)
            .exec(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }

    /// Updates a session that exists; never brings back one that was ended (deleted) while a
    /// request of it was in flight: an ended session stays ended.
    async fn save(&self, record: &Record) -> session_store::Result<()> {
        let mut model = active_model(record)?;
        model.id = sea_orm::ActiveValue::NotSet;
        model.created_at = sea_orm::ActiveValue::NotSet;
        session::Entity::update_many()
            .set(model)
            .filter(session::Column::Id.eq(record.id.to_string()))
            .exec(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let now = OffsetDateTime::now_utc().unix_timestamp();
        let Some(row) = session::Entity::find_by_id(id.to_string())
            .filter(session::Column::ExpiresAt.gt(now))
            .one(&self.db)
            .await
            .map_err(backend)?
        else {
            return Ok(None);
        };
        let data = serde_json::from_str(&row.data)
            .map_err(|e| session_store::Error::Decode(e.to_string()))?;
        let expiry_date = OffsetDateTime::from_unix_timestamp(row.expires_at).map_err(backend)?;
        Ok(Some(Record {
            id: *id,
            data,
            expiry_date,
        }))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        session::Entity::delete_by_id(id.to_string())
            .exec(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }
}

#[async_trait]
impl ExpiredDeletion for DbSessionStore {
    async fn delete_expired(&self) -> session_store::Result<()> {
        let now = OffsetDateTime::now_utc().unix_timestamp();
        session::Entity::delete_many()
            .filter(session::Column::ExpiresAt.lte(now))
            .exec(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }
}
