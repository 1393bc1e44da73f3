import { pgTable, uuid, text, timestamp, integer, index } from 'drizzle-orm/pg-core'

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
  name: text('name'),
})

export const venues = pgTable('venues', {
  id: uuid('id').primaryKey().defaultRandom(),
  ownerId: uuid('owner_id').notNull().references(() => users.id),
  name: text('name').notNull(),
  capacity: integer('capacity').notNull(),
}, (t) => ({ ownerIdx: index('venues_owner_id_idx').on(t.ownerId) }))

export const bookings = pgTable('bookings', {
  id: uuid('id').primaryKey().defaultRandom(),
  venueId: uuid('venue_id').notNull().references(() => venues.id),
  guestId: uuid('guest_id').notNull().references(() => users.id),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
})
