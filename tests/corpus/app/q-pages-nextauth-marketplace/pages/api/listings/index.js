import { dbConnect } from "../../../lib/mongodb";
import Listing from "../../../models/Listing";

export default async function handler(req, res) {
  if (req.method !== "GET") return res.status(405).end();
  await dbConnect();
  const listings = await Listing.find({ status: "active" })
    .select("title priceCents createdAt")
    .sort({ createdAt: -1 })
    .limit(50)
    .lean();
  res.status(200).json(listings);
}
