//! A tower-sessions store on the `sessions` table, so sessions survive restarts and are shared by
//! every replica. Expired records are ignored on load and deleted by a periodic sweep.

use super::entity::session;
use async_trait::async_trait;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
    sea_query::OnConflict,
};
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

fn backend(e: impl std::fmt::Display) -> session_store::Error {
    session_store::Error::Backend(e.to_string())
}

fn active_model(record: &Record) -> Result<session::ActiveModel, session_store::Error> {
    let now = chrono::Utc::now();
    Ok(session::ActiveModel {
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

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        session::Entity::insert(active_model(record)?)
            .on_conflict(
                OnConflict::column(session::Column::Id)
                    .update_columns([
                        session::Column::Data,
                        session::Column::ExpiresAt,
                        session::Column::UpdatedAt,
                    ])
                    .to_owned(),
            )
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
