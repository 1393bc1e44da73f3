import { getServerSession } from "next-auth/next";
import { authOptions } from "../../../lib/auth";
import { dbConnect } from "../../../lib/mongodb";
import Listing from "../../../models/Listing";

export default async function handler(req, res) {
  await dbConnect();
  const { id } = req.query;

  if (req.method === "GET") {
    const listing = await Listing.findOne({ _id: id, status: "active" }).lean();
    if (!listing) return res.status(404).json({ message: "Not found" });
    return res.json(listing);
  }

  if (req.method === "PUT") {
    const session = await getServerSession(req, res, authOptions);
    if (!session) return res.status(401).json({ message: "Unauthorized" });
    const listing = await Listing.findById(id);
    if (!listing) return res.status(404).json({ message: "Not found" });
    if (listing.seller.toString() !== session.user.id) {
      return res.status(403).json({ message: "Not your listing" });
    }
    listing.title = req.body.title ?? listing.title;
    listing.priceCents = Number(req.body.priceCents ?? listing.priceCents);
    await listing.save();
    return res.json(listing);
  }

  res.setHeader("Allow", ["GET", "PUT"]);
  res.status(405).end();
}
