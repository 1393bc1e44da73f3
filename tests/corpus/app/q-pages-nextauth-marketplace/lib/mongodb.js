import mongoose from "mongoose";

let cached = global.mongoose || { conn: null };

export async function dbConnect() {
  if (cached.conn) return cached.conn;
  cached.conn = await mongoose.connect(process.env.MONGODB_URI);
  global.mongoose = cached;
  return cached.conn;
}
