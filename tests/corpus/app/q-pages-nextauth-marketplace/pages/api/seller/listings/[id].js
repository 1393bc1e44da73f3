import { dbConnect } from "../../../../lib/mongodb";
import Listing from "../../../../models/Listing";

export default async function handler(req, res) {
  await dbConnect();
  if (req.method === "DELETE") {
    await Listing.findByIdAndDelete(req.query.id);
    return res.status(204).end();
  }
  res.status(405).end();
}
