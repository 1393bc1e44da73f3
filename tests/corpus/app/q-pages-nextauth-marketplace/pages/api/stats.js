import { dbConnect } from "../../lib/mongodb";
import Order from "../../models/Order";

export default async function handler(req, res) {
  await dbConnect();
  const recent = await Order.find().sort({ createdAt: -1 }).limit(20).populate("buyer", "name email").lean();
  res.json({ recent });
}
